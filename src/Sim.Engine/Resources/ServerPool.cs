using System.Diagnostics;
using Sim.Engine.Events;
using Sim.Engine.Statistics;
using Sim.Engine.Time;

namespace Sim.Engine.Resources;

/// <summary>
/// A pool of identical servers with one queue: customers are served first-come-first-served
/// within a priority class, and a lower class number is served first (non-preemptive).
/// </summary>
/// <remarks>
/// <para>
/// Customers are plain ids (for example a row index of a model's parcel table) with a service
/// time known on arrival, so the pool holds no objects per customer and allocates nothing per
/// customer once its queue arrays have grown to the largest backlog.
/// </para>
/// <para>
/// Statistics are in hours of simulated time: <see cref="Waits"/> (time from arrival to start of
/// service), <see cref="QueueLength"/> and <see cref="BusyServers"/> (time-weighted).
/// <see cref="ResetStatistics"/> discards them, for a warm-up period. Not thread-safe.
/// </para>
/// </remarks>
public sealed class ServerPool : IEventProcessor
{
    private readonly Simulator _simulator;
    private readonly IServerPoolListener _listener;
    private readonly EventProcessorId _id;
    private readonly Queue<Waiter>[] _lines;
    private int _waiting;

    /// <summary>Creates a pool and registers it with the simulator.</summary>
    /// <param name="simulator">The simulator whose clock and events the pool uses.</param>
    /// <param name="servers">The number of servers, one or more.</param>
    /// <param name="listener">Told of every completed service.</param>
    /// <param name="priorityClasses">The number of priority classes, one or more; class 0 is served first.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is below one.</exception>
    public ServerPool(Simulator simulator, int servers, IServerPoolListener listener, int priorityClasses = 1)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(listener);
        ArgumentOutOfRangeException.ThrowIfLessThan(servers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(priorityClasses, 1);
        _simulator = simulator;
        _listener = listener;
        Servers = servers;
        _lines = new Queue<Waiter>[priorityClasses];
        for (int i = 0; i < priorityClasses; i++)
        {
            _lines[i] = new Queue<Waiter>();
        }

        _id = simulator.Register(this);
        QueueLength = new TimeWeighted(simulator.Now.TotalHours);
        BusyServers = new TimeWeighted(simulator.Now.TotalHours);
    }

    /// <summary>The number of servers.</summary>
    public int Servers { get; }

    /// <summary>The number of servers busy now.</summary>
    public int Busy { get; private set; }

    /// <summary>The number of customers waiting now (not in service).</summary>
    public int Waiting => _waiting;

    /// <summary>Time from arrival to start of service, in hours, of every customer that started service.</summary>
    public Tally Waits { get; } = new();

    /// <summary>The number of customers waiting, time-weighted over hours.</summary>
    public TimeWeighted QueueLength { get; }

    /// <summary>The number of busy servers, time-weighted over hours; divided by <see cref="Servers"/> it is the utilisation.</summary>
    public TimeWeighted BusyServers { get; }

    /// <summary>A customer arrives now and is served for <paramref name="serviceTime"/> once a server is free.</summary>
    /// <param name="customer">The caller's id for the customer, returned in the completion call.</param>
    /// <param name="serviceTime">How long its service takes; zero or more.</param>
    /// <param name="priorityClass">Its class; 0 is served first.</param>
    /// <exception cref="ArgumentOutOfRangeException">The service time is negative or the class does not exist.</exception>
    public void Arrive(long customer, SimDuration serviceTime, int priorityClass = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(serviceTime.Ticks, nameof(serviceTime));
        if ((uint)priorityClass >= (uint)_lines.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(priorityClass), priorityClass, $"The pool has {_lines.Length} priority classes.");
        }

        if (Busy < Servers)
        {
            StartService(customer, serviceTime.Ticks, _simulator.Now.Ticks);
            return;
        }

        _lines[priorityClass].Enqueue(new Waiter(customer, serviceTime.Ticks, _simulator.Now.Ticks));
        _waiting++;
        QueueLength.Update(_simulator.Now.TotalHours, _waiting);
    }

    /// <summary>Discards the statistics gathered so far and starts new ones from now, keeping the current state.</summary>
    public void ResetStatistics()
    {
        double now = _simulator.Now.TotalHours;
        Waits.Clear();
        QueueLength.Reset(now);
        BusyServers.Reset(now);
    }

    /// <summary>Closes the time-weighted statistics at the current time, for reading them at the end of a run.</summary>
    public void FinishStatistics()
    {
        double now = _simulator.Now.TotalHours;
        QueueLength.Update(now, _waiting);
        BusyServers.Update(now, Busy);
    }

    /// <inheritdoc />
    void IEventProcessor.Handle(Simulator simulator, int kind, long data)
    {
        Busy--;
        for (int i = 0; i < _lines.Length; i++)
        {
            if (_lines[i].Count > 0)
            {
                Waiter next = _lines[i].Dequeue();
                _waiting--;
                QueueLength.Update(simulator.Now.TotalHours, _waiting);
                StartService(next.Customer, next.ServiceTicks, next.ArrivalTicks);
                break;
            }
        }

        BusyServers.Update(simulator.Now.TotalHours, Busy);
        _listener.ServiceCompleted(this, data);
    }

    private void StartService(long customer, long serviceTicks, long arrivalTicks)
    {
        Debug.Assert(Busy < Servers, "A server is free.");
        long now = _simulator.Now.Ticks;
        Waits.Add((double)(now - arrivalTicks) / SimDuration.TicksPerHour);
        Busy++;
        BusyServers.Update(_simulator.Now.TotalHours, Busy);
        _simulator.Schedule(new SimTime(now + serviceTicks), _id, 0, customer);
    }

    private readonly record struct Waiter(long Customer, long ServiceTicks, long ArrivalTicks);
}
