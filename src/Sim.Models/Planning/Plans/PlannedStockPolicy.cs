using Sim.Models.Inventory;

namespace Sim.Models.Planning.Plans;

/// <summary>
/// The stock levels of one product class at an open warehouse, in units: (s,S) for
/// <see cref="StockPolicyKind.MinMax"/> (order up to S when the inventory position is at or below s) or
/// (R,S) for <see cref="StockPolicyKind.BaseStock"/> (every R days, order up to S). Key:
/// <see cref="ProductClass"/> within its warehouse. Immutable.
/// </summary>
public sealed record PlannedStockPolicy
{
    /// <summary>Product class id.</summary>
    public required string ProductClass { get; init; }

    /// <summary>(s,S) or base stock.</summary>
    public required StockPolicyKind Kind { get; init; }

    /// <summary>s, units, zero or more and below <see cref="OrderUpTo"/>, for (s,S); null for base stock.</summary>
    public double? ReorderPoint { get; init; }

    /// <summary>S, units; positive.</summary>
    public required double OrderUpTo { get; init; }

    /// <summary>R, days between reviews: positive for base stock; for (s,S), 0 (the default) means continuous review.</summary>
    public double ReviewPeriodDays { get; init; }

    /// <summary>
    /// The direct mode an order that finds no stock is shipped by, from its origin (it needs a lane from
    /// every origin selling the class in the warehouse's market); null: as the scenario's policy for this
    /// class at this warehouse says, or backorder when the scenario does not stock it there.
    /// </summary>
    public string? FallbackMode { get; init; }

    /// <summary>
    /// Units on hand when a simulation of the plan starts, zero or more; null: midway between s and S
    /// for (s,S) (where a stock in its cycle is on average), S for base stock.
    /// </summary>
    public double? InitialStock { get; init; }

    /// <summary>The units on hand a simulation of the plan starts with: <see cref="InitialStock"/>, or its default.</summary>
    public double StartingStock => InitialStock ?? (Kind == StockPolicyKind.MinMax ? Math.Round(((ReorderPoint ?? 0) + OrderUpTo) / 2) : OrderUpTo);
}
