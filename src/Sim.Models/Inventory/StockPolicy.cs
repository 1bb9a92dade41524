namespace Sim.Models.Inventory;

/// <summary>
/// How a warehouse stocks one product class, in units. Key: <see cref="ProductClass"/> within its
/// warehouse (<c>warehouses[wh-us-la].policies[apparel].reorder_point</c>). Immutable.
/// </summary>
public sealed record StockPolicy
{
    /// <summary>Product class id.</summary>
    public required string ProductClass { get; init; }

    /// <summary>(s,S) or base stock.</summary>
    public required StockPolicyKind Kind { get; init; }

    /// <summary>s, units: reorder when the position is at or below it (MinMax only); zero or more, below <see cref="OrderUpTo"/>.</summary>
    public double ReorderPoint { get; init; }

    /// <summary>S, units: the order-up-to level; positive.</summary>
    public required double OrderUpTo { get; init; }

    /// <summary>R, days between reviews; positive for BaseStock; for MinMax 0 (the default) means continuous review.</summary>
    public double ReviewPeriodDays { get; init; }

    /// <summary>Units on hand at time 0; zero or more, default 0.</summary>
    public double InitialStock { get; init; }

    /// <summary>What an order that finds no stock does; default backorder.</summary>
    public StockOutAction OnStockOut { get; init; } = StockOutAction.Backorder;

    /// <summary>Mode id used when <see cref="OnStockOut"/> is <see cref="StockOutAction.FallbackToMode"/>; null otherwise.</summary>
    public string? FallbackMode { get; init; }

    /// <summary>Days after its receipt at which a unit still on hand is written off (ageing stock); null for none. Positive.</summary>
    public double? WriteOffAfterDays { get; init; }

    /// <summary>Share in [0, 1] of the units on hand written off each day (ageing stock), oldest first; 0 (the default) for none.</summary>
    public double WriteOffRatePerDay { get; init; }
}
