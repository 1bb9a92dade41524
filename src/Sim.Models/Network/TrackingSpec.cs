namespace Sim.Models.Network;

/// <summary>Whether a leg produces a tracking scan the customer can see, and how late. Immutable.</summary>
public sealed record TrackingSpec
{
    /// <summary>A leg that produces no scan.</summary>
    public static TrackingSpec None { get; } = new() { ProducesScan = false };

    /// <summary>True when the leg records a scan at its end (default true).</summary>
    public bool ProducesScan { get; init; } = true;

    /// <summary>Hours from the scan until it is visible to the customer; zero or more, default 0.</summary>
    public double VisibilityDelayHours { get; init; }
}
