namespace Sim.Models.Planning.Plans;

/// <summary>
/// The share of a lane's orders sent by one route: a direct mode, or a warehouse mode through one
/// warehouse. Immutable.
/// </summary>
public sealed record RouteShare
{
    /// <summary>Mode id: a direct mode (postal, express, dedicated line, direct mail) or a warehouse mode.</summary>
    public required string Mode { get; init; }

    /// <summary>For a warehouse mode, the id of the (open) warehouse the orders ship from; null for a direct mode.</summary>
    public string? Warehouse { get; init; }

    /// <summary>Fraction of the lane's orders, in [0, 1].</summary>
    public required double Share { get; init; }
}
