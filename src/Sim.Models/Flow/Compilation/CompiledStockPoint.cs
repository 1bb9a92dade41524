using Sim.Models.Inventory;
using Sim.Models.Kpis;

namespace Sim.Models.Flow.Compilation;

/// <summary>One product class stocked in one warehouse. Immutable.</summary>
/// <param name="Warehouse">The warehouse index.</param>
/// <param name="Product">The product index.</param>
/// <param name="Policy">The stock policy (after overrides).</param>
/// <param name="Rule">Its reorder rule (immutable, shared by replications).</param>
/// <param name="Key">Its KPI key (<c>warehouse=ID;product=CLASS</c>).</param>
internal sealed record CompiledStockPoint(int Warehouse, int Product, StockPolicy Policy, IReorderRule Rule, GroupKey Key);
