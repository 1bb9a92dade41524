using Sim.Models.Inventory;
using Sim.Models.Kpis;

namespace Sim.Models.Flow.Compilation;

/// <summary>A warehouse compiled: its stock points by product, its KPI group and replenishment route. Immutable.</summary>
/// <param name="Spec">The scenario's warehouse.</param>
/// <param name="Key">Its KPI key (<c>warehouse=ID</c>).</param>
/// <param name="StockPointByProduct">The stock point index per product index; -1 where the class is not stocked.</param>
/// <param name="Group">The KPI group of its fulfilment mode in its market, which bears replenishment and holding costs.</param>
/// <param name="ReplenishmentRoute">The route of its replenishment shipments.</param>
internal sealed record CompiledWarehouse(Warehouse Spec, GroupKey Key, int[] StockPointByProduct, int Group, int ReplenishmentRoute);
