namespace Sim.Models.Inventory;

/// <summary>What a warehouse does with stock beyond its storage capacity.</summary>
public enum StorageOverflow
{
    /// <summary>It is refused: replenishment orders are cut to the free capacity and a restocked return that does not fit is disposed of.</summary>
    Refuse,

    /// <summary>It is stored in overflow space, at <see cref="Warehouse.OverflowCostPerDay"/> per unit (or m³) above the capacity per day.</summary>
    Overflow,
}
