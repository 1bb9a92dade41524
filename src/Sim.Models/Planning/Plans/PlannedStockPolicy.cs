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
}
