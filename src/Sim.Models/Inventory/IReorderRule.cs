namespace Sim.Models.Inventory;

/// <summary>
/// When and how much a stock point reorders, given its inventory position (on hand + on order −
/// backordered, in units). Implementations are immutable and thread-safe.
/// </summary>
public interface IReorderRule
{
    /// <summary>True when the rule is checked after every demand; false when it is checked every <see cref="ReviewPeriodDays"/>.</summary>
    bool ContinuousReview { get; }

    /// <summary>Days between reviews when <see cref="ContinuousReview"/> is false; 0 otherwise.</summary>
    double ReviewPeriodDays { get; }

    /// <summary>The quantity to order now, in units; 0 for no order.</summary>
    /// <param name="inventoryPosition">On hand + on order − backordered, in units (may be negative).</param>
    double OrderQuantity(double inventoryPosition);
}
