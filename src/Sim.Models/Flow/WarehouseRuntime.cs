using Sim.Models.Inventory;
using Sim.Models.Kpis;

namespace Sim.Models.Flow;

/// <summary>A warehouse while the model runs: its stock points by product, capacity and replenishment route. Not thread-safe.</summary>
internal sealed class WarehouseRuntime
{
    public required Warehouse Spec { get; init; }

    /// <summary>Stock point index per product index; -1 where the product is not stocked.</summary>
    public required int[] StockPointByProduct { get; init; }

    public required WarehouseKpis Kpis { get; init; }

    public int ReplenishmentRoute { get; set; } = -1;

    /// <summary>The KPI group of the warehouse's fulfilment mode in its market, which bears replenishment and holding costs.</summary>
    public int Group { get; set; } = -1;
}
