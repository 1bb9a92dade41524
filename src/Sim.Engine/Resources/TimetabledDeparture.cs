using Sim.Engine.Events;
using Sim.Engine.Statistics;
using Sim.Engine.Time;

namespace Sim.Engine.Resources;

/// <summary>
/// Vehicles leaving at scheduled times with a capacity, for consolidation: a flight, a container
/// vessel, a postal dispatch. Items tendered at least the cut-off before a departure may board
/// it; they board first-come-first-served until the capacity is used, and what does not fit (or
/// came after the cut-off) waits for the next departure.
/// </summary>
/// <remarks>
/// <para>
/// Loading is strictly FIFO: when the item at the head of the line does not fit in the remaining
/// capacity, loading stops, so no later, smaller item overtakes it. An item larger than the whole
/// capacity is rejected when tendered. Sizes are in the caller's unit (parcels, kg, m3).
/// </para>
/// <para>
/// Statistics in hours: <see cref="Waits"/> (tender to departure), <see cref="Backlog"/>
/// (time-weighted size waiting), <see cref="LoadFactor"/> (share of capacity used per departure;
/// none for an unlimited line, whose capacity is +infinity). Not thread-safe.
/// </para>
/// </remarks>
public sealed class TimetabledDeparture : IEventProcessor
{
    private readonly Simulator _simulator;
    private readonly IDepartureListener _listener;
    private readonly Queue<Tendered> _line = new();
    private readonly EventProcessorId _id;
    private double _backlog;

    /// <summary>Creates the line and schedules its first departure at or after the current time.</summary>
    /// <param name="simulator">The simulator whose clock and events the line uses.</param>
    /// <param name="timetable">When vehicles leave.</param>
    /// <param name="capacity">The size one departure can carry; positive, or +infinity for no limit.</param>
    /// <param name="cutoff">How long before a departure an item must be tendered to board it; zero or more.</param>
    /// <param name="listener">Told of every item that leaves.</param>
    /// <exception cref="ArgumentOutOfRangeException">The capacity is not positive or the cut-off is negative.</exception>
    public TimetabledDeparture(Simulator simulator, Timetable timetable, double capacity, SimDuration cutoff, IDepartureListener listener)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(timetable);
        ArgumentNullException.ThrowIfNull(listener);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        ArgumentOutOfRangeException.ThrowIfNegative(cutoff.Ticks, nameof(cutoff));
        _simulator = simulator;
        _listener = listener;
        Timetable = timetable;
        Capacity = capacity;
        Cutoff = cutoff;
        _id = simulator.Register(this);
        Backlog = new TimeWeighted(simulator.Now.TotalHours);
        simulator.Schedule(timetable.NextAtOrAfter(simulator.Now), _id);
    }

    /// <summary>When vehicles leave.</summary>
    public Timetable Timetable { get; }

    /// <summary>The size one departure can carry.</summary>
    public double Capacity { get; }

    /// <summary>How long before a departure an item must be tendered to board it.</summary>
    public SimDuration Cutoff { get; }

    /// <summary>The total size waiting now.</summary>
    public double WaitingSize => _backlog;

    /// <summary>The number of items waiting now.</summary>
    public int WaitingCount => _line.Count;

    /// <summary>The number of departures so far (since the last statistics reset).</summary>
    public long Departures { get; private set; }

    /// <summary>Hours from tender to departure of every item that left.</summary>
    public Tally Waits { get; } = new();

    /// <summary>The size waiting, time-weighted over hours.</summary>
    public TimeWeighted Backlog { get; }

    /// <summary>The share of capacity used, one value per departure; empty for an unlimited line.</summary>
    public Tally LoadFactor { get; } = new();

    /// <summary>Hands an item to the line now; it leaves on the first departure it is eligible for and fits in.</summary>
    /// <param name="item">The caller's id for the item.</param>
    /// <param name="size">Its size, positive and at most <see cref="Capacity"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The size is not positive or exceeds the capacity.</exception>
    public void Tender(long item, double size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, Capacity);
        _line.Enqueue(new Tendered(item, size, _simulator.Now.Ticks));
        _backlog += size;
        Backlog.Update(_simulator.Now.TotalHours, _backlog);
    }

    /// <summary>Discards the statistics gathered so far and starts new ones from now.</summary>
    public void ResetStatistics()
    {
        Departures = 0;
        Waits.Clear();
        LoadFactor.Clear();
        Backlog.Reset(_simulator.Now.TotalHours);
    }

    /// <summary>Closes the time-weighted statistics at the current time.</summary>
    public void FinishStatistics() => Backlog.Update(_simulator.Now.TotalHours, _backlog);

    /// <inheritdoc />
    void IEventProcessor.Handle(Simulator simulator, int kind, long data)
    {
        SimTime now = simulator.Now;
        long latestTender = (now - Cutoff).Ticks;
        double room = Capacity;
        while (_line.Count > 0)
        {
            Tendered head = _line.Peek();
            if (head.TenderTicks > latestTender || head.Size > room)
            {
                break;
            }

            _line.Dequeue();
            room -= head.Size;
            _backlog -= head.Size;
            Waits.Add((double)(now.Ticks - head.TenderTicks) / SimDuration.TicksPerHour);
            _listener.Departed(this, head.Item, now);
        }

        if (_line.Count == 0)
        {
            // Sums of sizes drift in floating point; an empty line has exactly nothing waiting.
            _backlog = 0;
        }

        Departures++;
        if (double.IsFinite(Capacity))
        {
            LoadFactor.Add((Capacity - room) / Capacity);
        }

        Backlog.Update(now.TotalHours, _backlog);
        simulator.Schedule(Timetable.NextAtOrAfter(now + new SimDuration(1)), _id);
    }

    private readonly record struct Tendered(long Item, double Size, long TenderTicks);
}
