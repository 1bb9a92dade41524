namespace Sim.Models.Inventory;

/// <summary>What happens to an order that finds no stock.</summary>
public enum StockOutAction
{
    /// <summary>The order waits for the next replenishment (first come, first served).</summary>
    Backorder,

    /// <summary>The order is shipped at once by <see cref="StockPolicy.FallbackMode"/> from the origin.</summary>
    FallbackToMode,
}
