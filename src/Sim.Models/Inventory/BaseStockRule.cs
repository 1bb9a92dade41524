namespace Sim.Models.Inventory;

/// <summary>
/// The (R,S) base-stock rule: every <see cref="ReviewPeriodDays"/> days, order what brings the
/// inventory position up to <see cref="OrderUpTo"/>. Immutable and thread-safe.
/// </summary>
public sealed class BaseStockRule : IReorderRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="orderUpTo">S in units, positive.</param>
    /// <param name="reviewPeriodDays">R in days, positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not positive.</exception>
    public BaseStockRule(double orderUpTo, double reviewPeriodDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(orderUpTo);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(reviewPeriodDays);
        OrderUpTo = orderUpTo;
        ReviewPeriodDays = reviewPeriodDays;
    }

    /// <summary>S, units.</summary>
    public double OrderUpTo { get; }

    /// <inheritdoc/>
    public double ReviewPeriodDays { get; }

    /// <inheritdoc/>
    public bool ContinuousReview => false;

    /// <inheritdoc/>
    public double OrderQuantity(double inventoryPosition) => Math.Max(0, OrderUpTo - inventoryPosition);
}
