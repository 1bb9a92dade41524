namespace Sim.Models.Planning.Plans;

/// <summary>
/// How the orders of one lane (or sub-lane) are sent: the share of orders by each route. Key:
/// (<see cref="Origin"/>, <see cref="Market"/>, <see cref="ProductClass"/>, <see cref="Segment"/>),
/// shown as <c>origin/market/product_class</c> (plus <c>/b2c</c> or <c>/b2b</c> for a sub-lane).
/// Immutable.
/// </summary>
public sealed record LanePlan
{
    /// <summary>Origin node id (an origin region of the scenario).</summary>
    public required string Origin { get; init; }

    /// <summary>Destination market code.</summary>
    public required string Market { get; init; }

    /// <summary>Product class id.</summary>
    public required string ProductClass { get; init; }

    /// <summary>Which orders of the lane the entry covers; <see cref="OrderSegment.All"/> by default.</summary>
    public OrderSegment Segment { get; init; } = OrderSegment.All;

    /// <summary>The routes and their shares of the orders; at least one, shares summing to 1 (within 1e-9), routes unique.</summary>
    public required ValueList<RouteShare> Shares { get; init; }

    /// <summary>The lane's key as people read it: <c>origin/market/product_class</c>, plus <c>/b2c</c> or <c>/b2b</c> for a sub-lane.</summary>
    public string Key => Segment == OrderSegment.All
        ? $"{Origin}/{Market}/{ProductClass}"
        : $"{Origin}/{Market}/{ProductClass}/{(Segment == OrderSegment.B2c ? "b2c" : "b2b")}";
}
