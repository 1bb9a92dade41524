namespace Sim.Models.Inventory;

/// <summary>Where a warehouse stands relative to the border it serves.</summary>
public enum WarehouseKind
{
    /// <summary>Inside the destination market; orders go straight to last mile.</summary>
    Overseas,

    /// <summary>Near the border, in the origin country or a neighbouring country; orders cross by land.</summary>
    Border,

    /// <summary>A bonded warehouse in the importing country; goods clear per order at sale.</summary>
    Bonded,
}
