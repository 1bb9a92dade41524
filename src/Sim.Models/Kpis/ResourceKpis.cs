using Sim.Engine.Statistics;

namespace Sim.Models.Kpis;

/// <summary>
/// What one replication measured at one resource: how busy it was, how many waited and how long.
/// Times in hours; measured over the observation window, from the end of the warm-up to the horizon
/// (not the drain after the last order): areas are integrals over the window, waits those of items that
/// arrived (server pools: started service; departure lines: departed) within it. Merging is exact
/// (areas and durations add). Not thread-safe.
/// </summary>
public sealed class ResourceKpis
{
    /// <summary>Creates an empty record.</summary>
    /// <param name="key">The group key, e.g. <c>servers=szx-airport</c> or <c>line=postal/linehaul/US</c>.</param>
    /// <param name="kind">What the resource is.</param>
    /// <param name="capacity">Servers, parcels per day or per departure, as the kind says; NaN when unlimited.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public ResourceKpis(GroupKey key, ResourceKind kind, double capacity)
    {
        ArgumentNullException.ThrowIfNull(key);
        Key = key;
        Kind = kind;
        Capacity = capacity;
    }

    /// <summary>The group key.</summary>
    public GroupKey Key { get; }

    /// <summary>What the resource is.</summary>
    public ResourceKind Kind { get; }

    /// <summary>Servers (Servers), parcels per day (DailyThroughput) or size per departure (DepartureLine); NaN when unlimited.</summary>
    public double Capacity { get; }

    /// <summary>Observed hours.</summary>
    public double ObservedHours { get; internal set; }

    /// <summary>Integral over hours of the busy servers, or of the capacity used per departure.</summary>
    public double BusyArea { get; internal set; }

    /// <summary>Integral over hours of the number waiting (in queue, booked for a later day, on the line or in clearance).</summary>
    public double QueueArea { get; internal set; }

    /// <summary>Hours each item waited (before service, for its day's quota, for a departure, or in clearance).</summary>
    public Tally WaitHours { get; } = new();

    /// <summary>Share of capacity used per departure (departure lines only).</summary>
    public Tally LoadFactor { get; } = new();

    /// <summary>Items inspected (customs points only).</summary>
    public long Inspected { get; internal set; }

    /// <summary>
    /// Servers: mean busy servers over their number; departure lines: mean share of capacity used per
    /// departure; NaN for other kinds, unlimited lines, or when nothing was observed.
    /// </summary>
    public double Utilisation => Kind switch
    {
        ResourceKind.Servers => ObservedHours > 0 ? BusyArea / ObservedHours / Capacity : double.NaN,
        ResourceKind.DepartureLine => LoadFactor.Mean,
        _ => double.NaN,
    };

    /// <summary>Time-weighted mean number waiting; NaN when nothing was observed.</summary>
    public double MeanQueueLength => ObservedHours > 0 ? QueueArea / ObservedHours : double.NaN;

    /// <summary>Adds <paramref name="other"/> to this record.</summary>
    /// <param name="other">The record to merge in; unchanged.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public void Merge(ResourceKpis other)
    {
        ArgumentNullException.ThrowIfNull(other);
        ObservedHours += other.ObservedHours;
        BusyArea += other.BusyArea;
        QueueArea += other.QueueArea;
        WaitHours.Merge(other.WaitHours);
        LoadFactor.Merge(other.LoadFactor);
        Inspected += other.Inspected;
    }
}
