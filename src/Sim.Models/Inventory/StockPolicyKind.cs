namespace Sim.Models.Inventory;

/// <summary>The replenishment rule of a <see cref="StockPolicy"/>.</summary>
public enum StockPolicyKind
{
    /// <summary>
    /// (s,S): when the inventory position (on hand + on order − backorders) falls to or below s, order
    /// up to S. Reviewed continuously, or every <see cref="StockPolicy.ReviewPeriodDays"/> days when that is above 0.
    /// </summary>
    MinMax,

    /// <summary>(R,S) base stock: every R = <see cref="StockPolicy.ReviewPeriodDays"/> days, order up to S.</summary>
    BaseStock,
}
