namespace Sim.Models.Inventory;

/// <summary>
/// The (s,S) rule: when the inventory position is at or below <see cref="ReorderPoint"/> (s), order
/// up to <see cref="OrderUpTo"/> (S). Reviewed continuously, or every <see cref="ReviewPeriodDays"/>
/// days when that is positive ((R,s,S)). Immutable and thread-safe.
/// </summary>
public sealed class MinMaxRule : IReorderRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="reorderPoint">s in units, zero or more and below <paramref name="orderUpTo"/>.</param>
    /// <param name="orderUpTo">S in units, positive.</param>
    /// <param name="reviewPeriodDays">R in days; 0 for continuous review, else positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public MinMaxRule(double reorderPoint, double orderUpTo, double reviewPeriodDays = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(reorderPoint);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(orderUpTo);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(reorderPoint, orderUpTo);
        ArgumentOutOfRangeException.ThrowIfNegative(reviewPeriodDays);
        ReorderPoint = reorderPoint;
        OrderUpTo = orderUpTo;
        ReviewPeriodDays = reviewPeriodDays;
    }

    /// <summary>s, units.</summary>
    public double ReorderPoint { get; }

    /// <summary>S, units.</summary>
    public double OrderUpTo { get; }

    /// <inheritdoc/>
    public double ReviewPeriodDays { get; }

    /// <inheritdoc/>
    public bool ContinuousReview => ReviewPeriodDays == 0;

    /// <inheritdoc/>
    public double OrderQuantity(double inventoryPosition) =>
        inventoryPosition <= ReorderPoint ? OrderUpTo - inventoryPosition : 0;
}
