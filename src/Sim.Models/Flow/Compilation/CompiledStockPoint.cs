using Sim.Models.Inventory;
using Sim.Models.Kpis;

namespace Sim.Models.Flow.Compilation;

/// <summary>One product class stocked in one warehouse. Immutable.</summary>
/// <param name="Warehouse">The warehouse index.</param>
/// <param name="Product">The product index.</param>
/// <param name="Policy">The stock policy (after overrides).</param>
/// <param name="Rule">Its reorder rule (immutable, shared by replications).</param>
/// <param name="Key">Its KPI key (<c>warehouse=ID;product=CLASS</c>).</param>
/// <param name="InitialUnitCost">Landed cost per unit of its initial stock and restocked returns: the customs value plus the replenishment route's expected cost and duties per unit of a shipment of order-up-to units.</param>
internal sealed record CompiledStockPoint(int Warehouse, int Product, StockPolicy Policy, IReorderRule Rule, GroupKey Key, double InitialUnitCost);
