using Sim.Models.Inventory;
using Sim.Models.Kpis;

namespace Sim.Models.Flow.Compilation;

/// <summary>Compiles the scenario's warehouses: a stock point per stocked class, the KPI group that bears their costs, and the replenishment route. Stateless.</summary>
internal static class WarehouseCompiler
{
    public static void Compile(NetworkBuilder builder)
    {
        var scenario = builder.Scenario;
        var byProduct = new List<int[]>();
        foreach (var spec in scenario.Warehouses)
        {
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
                builder.StockPoints.Add(new CompiledStockPoint(byProduct.Count, product, policy, ReorderRules.For(policy), key));
            }

            byProduct.Add(points);
        }

        for (int i = 0; i < scenario.Warehouses.Count; i++)
        {
            var spec = scenario.Warehouses[i];
            int group = builder.GroupFor(spec.FulfilmentMode, spec.Market);
            int route = builder.RouteFor(spec.ReplenishmentMode, spec.Market, spec.ReplenishmentOrigin, CompiledWarehouseRef.Of(spec));
            builder.Warehouses.Add(new CompiledWarehouse(spec, GroupKey.Of(GroupDimension.Warehouse, spec.Id), byProduct[i], group, route));
        }
    }
}
