namespace Sim.Models.Scenarios;

/// <summary>The unit in which a <see cref="DistributionSpec"/> states its time parameters.</summary>
public enum TimeUnit
{
    /// <summary>Minutes (1/60 hour).</summary>
    Minutes,

    /// <summary>Hours; the default when a scenario does not name a unit.</summary>
    Hours,

    /// <summary>Days of 24 hours (calendar days, not working days).</summary>
    Days,
}
