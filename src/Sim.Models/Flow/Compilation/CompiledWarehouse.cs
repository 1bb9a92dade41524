using Sim.Models.Inventory;
using Sim.Models.Kpis;

namespace Sim.Models.Flow.Compilation;

/// <summary>A warehouse compiled: its stock points by product, the KPI groups of the markets it serves, and its replenishment route. Immutable.</summary>
/// <param name="Spec">The scenario's warehouse.</param>
/// <param name="Key">Its KPI key (<c>warehouse=ID</c>).</param>
/// <param name="StockPointByProduct">The stock point index per product index; -1 where the class is not stocked.</param>
/// <param name="ServedGroups">The KPI group of its fulfilment mode in each market it serves (<see cref="Warehouse.Serves"/> order), which bear its replenishment, holding, overflow and fixed costs; the home market's first.</param>
/// <param name="ReplenishmentRoute">The route of its replenishment shipments.</param>
internal sealed record CompiledWarehouse(Warehouse Spec, GroupKey Key, int[] StockPointByProduct, int[] ServedGroups, int ReplenishmentRoute);
