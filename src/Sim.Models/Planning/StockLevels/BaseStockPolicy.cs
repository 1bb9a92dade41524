namespace Sim.Models.Planning.StockLevels;

/// <summary>
/// An (R,S) base-stock policy and its long-run average cost: every <see cref="ReviewPeriods"/> periods,
/// order up to <see cref="OrderUpTo"/>. Levels in units. Immutable.
/// </summary>
public sealed record BaseStockPolicy
{
    /// <summary>R, whole periods between reviews; at least 1.</summary>
    public required int ReviewPeriods { get; init; }

    /// <summary>S, units; zero or more.</summary>
    public required int OrderUpTo { get; init; }

    /// <summary>Long-run average ordering, holding and backorder cost per period, in the problem's currency.</summary>
    public required double CostPerPeriod { get; init; }
}
