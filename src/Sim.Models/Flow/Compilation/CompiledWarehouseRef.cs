using Sim.Models.Inventory;

namespace Sim.Models.Flow.Compilation;

/// <summary>The warehouse a route ships from, replenishes or returns to, while it is being compiled; <see cref="None"/> for none.</summary>
/// <param name="Id">The warehouse (node) id; null for none.</param>
/// <param name="Kind">Overseas, border or bonded; null for none.</param>
/// <param name="StockedClasses">The product classes it stocks.</param>
/// <param name="PickCapacityPerDay">Its orders picked per day; null for no limit of its own.</param>
/// <param name="GoodsOrigin">The node its stock comes from (its replenishment origin), whose country is the goods' origin; null for none.</param>
internal readonly record struct CompiledWarehouseRef(string? Id, WarehouseKind? Kind, IReadOnlySet<string> StockedClasses, double? PickCapacityPerDay, string? GoodsOrigin)
{
    /// <summary>No warehouse.</summary>
    public static CompiledWarehouseRef None { get; } = new(null, null, new HashSet<string>(), null, null);

    /// <summary>The reference to <paramref name="warehouse"/>.</summary>
    public static CompiledWarehouseRef Of(Warehouse warehouse) =>
        new(warehouse.Id, warehouse.Kind, warehouse.Policies.Select(p => p.ProductClass).ToHashSet(StringComparer.Ordinal), warehouse.PickCapacityPerDay, warehouse.ReplenishmentOrigin);
}
