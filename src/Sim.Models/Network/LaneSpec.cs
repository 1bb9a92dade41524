using Sim.Models.Scenarios;

namespace Sim.Models.Network;

/// <summary>
/// One row of the lanes table: <see cref="Mode"/> is offered from <see cref="Origin"/> to
/// <see cref="Market"/>, optionally with the lane's own line-haul distance and transit time (applied to
/// every line-haul leg of the mode). A direct mode with no lane for (origin, market) is not offered
/// there. Key: (origin, market, mode). Immutable.
/// </summary>
public sealed record LaneSpec
{
    /// <summary>Origin node id (usually an <see cref="NodeKind.OriginRegion"/>). Warehouse modes need no lane: the warehouse is their origin.</summary>
    public required string Origin { get; init; }

    /// <summary>Destination market code.</summary>
    public required string Market { get; init; }

    /// <summary>Mode id.</summary>
    public required string Mode { get; init; }

    /// <summary>Line-haul distance in km; null keeps each leg's <see cref="Leg.DistanceKm"/>.</summary>
    public double? DistanceKm { get; init; }

    /// <summary>Line-haul transit time; null keeps each line-haul leg's <see cref="Leg.ProcessingTime"/>.</summary>
    public DistributionSpec? LinehaulTime { get; init; }
}
