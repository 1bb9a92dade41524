using Sim.Models.Customs;
using Sim.Models.Scenarios;

namespace Sim.Models.Network;

/// <summary>
/// One step of a <see cref="Mode"/>'s route. A parcel on the leg waits for capacity (the leg's own
/// <see cref="Capacity"/>, else the servers of its <see cref="Node"/>, else none), is processed for a
/// draw of <see cref="ProcessingTime"/>, then, if the leg has a <see cref="Timetable"/>, waits for the
/// next departure it makes. It may be lost or damaged, pays <see cref="Cost"/>, emits
/// <see cref="Emissions"/> and may produce a tracking scan. Key: <see cref="Id"/>, unique within the
/// mode (<c>modes[express].legs[linehaul].loss_probability</c>). Immutable and thread-safe.
/// </summary>
public sealed record Leg
{
    /// <summary>Key, unique within its mode (e.g. <c>linehaul</c>).</summary>
    public required string Id { get; init; }

    /// <summary>What happens on the leg.</summary>
    public required LegKind Kind { get; init; }

    /// <summary>
    /// The node where the leg is processed (for line-haul: where it departs). Null on
    /// <see cref="LegKind.ImportCustoms"/> and <see cref="LegKind.LastMile"/> means the order's market's
    /// import customs point or last-mile zone; null on <see cref="LegKind.WarehouseFulfilment"/> means the
    /// warehouse serving the order (on a replenishment mode: the warehouse being replenished); null elsewhere means no node (no shared servers).
    /// </summary>
    public string? Node { get; init; }

    /// <summary>Processing (or transit) time per parcel; a <see cref="LaneSpec.LinehaulTime"/> overrides it on line-haul legs.</summary>
    public required DistributionSpec ProcessingTime { get; init; }

    /// <summary>The leg's own capacity; null means it uses its node's servers (or is unlimited without a node).</summary>
    public CapacitySpec? Capacity { get; init; }

    /// <summary>Scheduled departures after processing; null means the parcel moves on at once.</summary>
    public TimetableSpec? Timetable { get; init; }

    /// <summary>Cost in the scenario currency; a <see cref="RateCardEntry"/> for (mode, leg, market) replaces it.</summary>
    public LegCost Cost { get; init; } = LegCost.Zero;

    /// <summary>KPI bucket of <see cref="Cost"/>; by default Transport for pickup, line-haul and last mile, Returns for return legs, Handling otherwise.</summary>
    public required CostCategory CostCategory { get; init; }

    /// <summary>Probability in [0, 1] that a parcel is lost on the leg (a terminal state); default 0.</summary>
    public double LossProbability { get; init; }

    /// <summary>Probability in [0, 1] that a parcel is damaged on the leg (it continues, flagged damaged); default 0.</summary>
    public double DamageProbability { get; init; }

    /// <summary>Tracking scan behaviour; by default a scan visible at once.</summary>
    public TrackingSpec Tracking { get; init; } = new();

    /// <summary>Emission factors; default none.</summary>
    public EmissionSpec Emissions { get; init; } = EmissionSpec.Zero;

    /// <summary>Distance in km used with <see cref="EmissionSpec.KgCo2ePerTonneKm"/>; default 0; a lane's distance overrides it on line-haul legs.</summary>
    public double DistanceKm { get; init; }

    /// <summary>
    /// Customs profile id for <see cref="LegKind.ExportCustoms"/> and <see cref="LegKind.ImportCustoms"/> legs.
    /// Null on an import customs leg means the market's <see cref="Market.ImportCustomsProfile"/>; an export
    /// customs leg must name one.
    /// </summary>
    public string? CustomsProfile { get; init; }

    /// <summary>
    /// On import customs legs: the customs profile per market code (an express carrier's own broker in each
    /// market), which wins over <see cref="CustomsProfile"/> and the market's profile for that market; empty by default.
    /// </summary>
    public IReadOnlyDictionary<string, string> CustomsProfiles { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// On last-mile legs: the surcharge per parcel delivered to a remote address (a share of the zone's
    /// parcels given by its <see cref="Node.RemoteShare"/>), scenario currency, zero or more; default 0.
    /// </summary>
    public double RemoteAreaSurcharge { get; init; }

    /// <summary>On customs legs: overrides the duty regime's clearance (bulk for replenishment under 9810/1210, per parcel for 9610); null keeps the regime's.</summary>
    public ClearanceMode? Clearance { get; init; }

    /// <summary>True for the line-haul kinds (air, sea, rail, road); see <see cref="LegKindFacts.IsLinehaul"/>.</summary>
    public bool IsLinehaul => Kind.IsLinehaul();
}
