namespace Sim.Models.Network;

/// <summary>
/// A leg's own capacity: either <see cref="Servers"/> parallel servers (a queue forms when all are
/// busy) or a <see cref="DailyThroughput"/> in parcels per day (what exceeds a day's quota waits for
/// the next day). Exactly one is set. Immutable and thread-safe.
/// </summary>
public sealed record CapacitySpec
{
    /// <summary>Number of parallel servers, at least 1; null when the capacity is a daily throughput.</summary>
    public int? Servers { get; init; }

    /// <summary>Parcels per day, positive; null when the capacity is a number of servers.</summary>
    public double? DailyThroughput { get; init; }
}
