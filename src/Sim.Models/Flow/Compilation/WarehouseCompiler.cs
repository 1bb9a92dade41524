using Sim.Models.Inventory;
using Sim.Models.Kpis;

namespace Sim.Models.Flow.Compilation;

/// <summary>
/// Compiles the scenario's warehouses: a stock point per stocked class (with the landed cost of its
/// initial stock), the KPI groups of the markets each serves, which bear its costs, and the
/// replenishment route. Stateless.
/// </summary>
internal static class WarehouseCompiler
{
    /// <summary>The largest shipment the initial stock is valued by: the expected cost per unit hardly changes beyond it.</summary>
    private const int MaxValuationUnits = 1_000_000;

    public static void Compile(NetworkBuilder builder)
    {
        var scenario = builder.Scenario;
        foreach (var spec in scenario.Warehouses)
        {
            int warehouse = builder.Warehouses.Count;
            var served = spec.Serves.Select(s => builder.GroupFor(s.FulfilmentMode, s.Market)).ToArray();
            int route = builder.RouteFor(spec.ReplenishmentMode, spec.Market, spec.ReplenishmentOrigin, CompiledWarehouseRef.Of(spec));
            var points = new int[builder.Products.Length];
            Array.Fill(points, -1);
            foreach (var policy in spec.Policies)
            {
                if (!builder.ProductIndex.TryGetValue(policy.ProductClass, out int product))
                {
                    throw new InvalidOperationException($"Warehouse {spec.Id} stocks unknown product class '{policy.ProductClass}'.");
                }

                points[product] = builder.StockPoints.Count;
                var key = GroupKey.Of(GroupDimension.Warehouse, spec.Id).With(GroupDimension.Product, policy.ProductClass);
                double unitCost = InitialUnitCost(builder, route, scenario.ProductClasses[product], policy);
                builder.StockPoints.Add(new CompiledStockPoint(warehouse, product, policy, ReorderRules.For(policy), key, unitCost));
            }

            builder.Warehouses.Add(new CompiledWarehouse(spec, GroupKey.Of(GroupDimension.Warehouse, spec.Id), points, served, route));
        }
    }

    /// <summary>The customs value plus the expected cost and duties per unit of a replenishment shipment of order-up-to units.</summary>
    private static double InitialUnitCost(NetworkBuilder builder, int route, Demand.ProductClass product, StockPolicy policy)
    {
        int units = (int)Math.Clamp(Math.Round(policy.OrderUpTo), 1, MaxValuationUnits);
        var expectation = RouteExpectation.For(builder.Routes[route], product, units);
        return product.ImportValue + ((expectation.ExpectedCost.Total + expectation.ExpectedDutiesAndTaxes(builder.Scenario.StartDate)) / units);
    }
}
