using Sim.Engine.Time;
using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;

namespace Sim.Models.Flow;

/// <summary>
/// A deterministic sample of one replication's orders whose milestone times are recorded
/// (<see cref="ParcelTraceRow"/>): an order is sampled when a hash of its replication and its index
/// among the replication's orders falls below the rate, so the sample does not depend on threads or on
/// anything but the run's inputs. Allocates per sampled order only; a model without a trace pays
/// nothing but a null check per order and a flag test per leg. Not thread-safe.
/// </summary>
internal sealed class ParcelTrace
{
    private const int MilestoneCount = 6;

    private readonly CompiledNetwork _network;
    private readonly int _replication;
    private readonly double _rate;
    private readonly Dictionary<int, Open> _open = [];
    private readonly List<ParcelTraceRow> _rows = [];
    private long _orders;

    /// <summary>A trace of <paramref name="rate"/> of the orders of replication <paramref name="replication"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not in (0, 1].</exception>
    public ParcelTrace(CompiledNetwork network, int replication, double rate)
    {
        if (!(rate > 0 && rate <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "A trace sample rate is in (0, 1].");
        }

        _network = network;
        _replication = replication;
        _rate = rate;
    }

    /// <summary>True when order <paramref name="order"/> of replication <paramref name="replication"/> is in a sample of <paramref name="rate"/>.</summary>
    public static bool Sampled(int replication, long order, double rate)
    {
        // SplitMix64's finaliser of (replication, order): uniform on [0, 2^64).
        ulong z = ((ulong)replication << 40) ^ (ulong)order;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53)) < rate;
    }

    /// <summary>The order in <paramref name="slot"/> was just placed: it is traced when sampled.</summary>
    public void Ordered(int slot, ref ParcelRow row)
    {
        long order = _orders++;
        if (!Sampled(_replication, order, _rate))
        {
            return;
        }

        row.Flags |= ParcelFlags.Traced;
        var scans = new double[MilestoneCount * 2];
        Array.Fill(scans, double.NaN);
        _open[slot] = new Open(order, row.Route, row.Product, row.OrderTicks, row.Measured, scans);
    }

    /// <summary>The traced order in <paramref name="slot"/> ended <paramref name="leg"/> at <paramref name="endTicks"/> and starts <paramref name="next"/>.</summary>
    public void LegEnded(int slot, CompiledLeg leg, long endTicks, CompiledLeg? next)
    {
        var open = _open[slot];
        Record(open, leg.EndMilestone, endTicks, endTicks + leg.VisibilityDelayTicks);
        if (next is not null)
        {
            Record(open, next.StartMilestone, endTicks, endTicks + next.VisibilityDelayTicks);
        }
    }

    /// <summary>The traced order in <paramref name="slot"/> reached <paramref name="outcome"/> at <paramref name="ticks"/>; it is traced no further (nor its return).</summary>
    public void Ended(int slot, ref ParcelRow row, string outcome, long ticks)
    {
        row.Flags &= ~ParcelFlags.Traced;
        if (_open.Remove(slot, out var open))
        {
            _rows.Add(Row(open, outcome, Hours(ticks - open.OrderTicks)));
        }
    }

    /// <summary>Every traced order, those still in flight included, in order of placing.</summary>
    public IReadOnlyList<ParcelTraceRow> Finish()
    {
        foreach (var open in _open.Values)
        {
            _rows.Add(Row(open, "in_flight", double.NaN));
        }

        _open.Clear();
        _rows.Sort((a, b) => a.Order.CompareTo(b.Order));
        return _rows;
    }

    private static double Hours(long ticks) => (double)ticks / SimDuration.TicksPerHour;

    private static void Record(Open open, byte milestone, long scanTicks, long visibleTicks)
    {
        if (milestone == 0)
        {
            return;
        }

        int i = System.Numerics.BitOperations.TrailingZeroCount(milestone);
        open.Scans[i] = Hours(scanTicks - open.OrderTicks);
        open.Scans[MilestoneCount + i] = Hours(visibleTicks - open.OrderTicks);
    }

    private ParcelTraceRow Row(Open open, string outcome, double endHours)
    {
        var route = _network.Routes[open.Route];
        return new ParcelTraceRow(
            _replication,
            open.Order,
            route.Mode.Id,
            route.Market,
            _network.Scenario.ProductClasses[open.Product].Id,
            (double)open.OrderTicks / SimDuration.TicksPerDay,
            open.Measured,
            outcome,
            endHours,
            open.Scans[..MilestoneCount],
            open.Scans[MilestoneCount..]);
    }

    private sealed record Open(long Order, int Route, int Product, long OrderTicks, bool Measured, double[] Scans);
}
