namespace Sim.Models.Planning.StockLevels;

/// <summary>
/// An (s,S) policy and its long-run average cost: at a review, when the inventory position
/// (on hand + on order − backorders) is at or below <see cref="ReorderPoint"/>, order up to
/// <see cref="OrderUpTo"/>. Levels in units. Immutable.
/// </summary>
public sealed record SsPolicy
{
    /// <summary>s, units; may be negative (order only once that many units are backordered).</summary>
    public required int ReorderPoint { get; init; }

    /// <summary>S, units; above <see cref="ReorderPoint"/>.</summary>
    public required int OrderUpTo { get; init; }

    /// <summary>Long-run average ordering, holding and backorder cost per period, in the problem's currency.</summary>
    public required double CostPerPeriod { get; init; }
}
