using Sim.Engine.Randomness;
using Sim.Engine.Resources;
using Sim.Models.Flow.Compilation;
using Sim.Models.Network;

namespace Sim.Models.Flow;

/// <summary>
/// One leg of a compiled <see cref="Route"/>: its time sampler, its station (server pool, departure
/// line or daily quota; none for a pure delay), its customs step, resolved cost (after rate cards),
/// loss and damage probabilities, emissions and tracking. Immutable after construction.
/// </summary>
internal sealed class RouteLeg
{
    public required TickSampler Time { get; init; }

    /// <summary>The leg's own stream of times (<c>transit/MODE/LEG</c>).</summary>
    public required RandomStream Transit { get; init; }

    /// <summary>The leg's own stream of loss and damage draws (<c>loss/MODE/LEG</c>).</summary>
    public required RandomStream Loss { get; init; }

    public ServerPool? Pool { get; init; }

    public DepartureStation? Departure { get; init; }

    public DailyQuota? Quota { get; init; }

    public CustomsStep? Customs { get; init; }

    public required LegCost Cost { get; init; }

    public required CostCategory Category { get; init; }

    public required double LossProbability { get; init; }

    public required double DamageProbability { get; init; }

    public required bool Scans { get; init; }

    public required long VisibilityDelayTicks { get; init; }

    /// <summary>kg CO2e per kg carried (factor per tonne-km × km / 1000).</summary>
    public required double Co2PerKg { get; init; }

    public required double Co2PerParcel { get; init; }

    /// <summary>
    /// True on a timetabled line-haul leg: the parcel waits for a departure, then travels for the
    /// processing time. On other timetabled legs it is processed first and then waits for a departure.
    /// </summary>
    public required bool TravelsAfterDeparture { get; init; }

    /// <summary>True when a parcel must reach the leg at its own simulated time (a shared queue or line).</summary>
    public bool NeedsArrivalEvent => Pool is not null || Departure is not null;

    /// <summary>Expected hours on the leg (processing, clearance, mean wait for a departure).</summary>
    public required double ExpectedHours { get; init; }
}
