namespace Sim.Models.Network;

/// <summary>Whether a leg produces a tracking scan the customer can see, how late, and which milestones its scans record. Immutable.</summary>
public sealed record TrackingSpec
{
    /// <summary>A leg that produces no scan.</summary>
    public static TrackingSpec None { get; } = new() { ProducesScan = false };

    /// <summary>True when the leg records a scan at its end (default true).</summary>
    public bool ProducesScan { get; init; } = true;

    /// <summary>Hours from the scan until it is visible to the customer; zero or more, default 0.</summary>
    public double VisibilityDelayHours { get; init; }

    /// <summary>The milestone the scan at the leg's end records; null means the leg kind's (<see cref="LegKindFacts.DefaultMilestone"/>).</summary>
    public TrackingMilestone? Milestone { get; init; }

    /// <summary>
    /// The milestone of a scan when a parcel starts the leg (visible after the same delay); null means the
    /// leg kind's (<see cref="LegKindFacts.DefaultStartMilestone"/>: out for delivery on the last mile),
    /// <see cref="TrackingMilestone.None"/> for no start scan.
    /// </summary>
    public TrackingMilestone? StartMilestone { get; init; }
}
