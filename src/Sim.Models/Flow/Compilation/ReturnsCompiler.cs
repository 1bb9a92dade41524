namespace Sim.Models.Flow.Compilation;

/// <summary>
/// Compiles each market's return policy: the reverse route to the warehouse and to the origin for
/// the orders of each KPI group (one route per group, so that each group's returns draw their own
/// random numbers), the inspection and the handling cost. Stateless.
/// </summary>
internal static class ReturnsCompiler
{
    public static CompiledReturns?[] Compile(NetworkBuilder builder)
    {
        var byMarket = new CompiledReturns?[builder.Markets.Count];
        foreach (var policy in builder.Scenario.Returns)
        {
            var market = builder.Markets[builder.MarketIndex[policy.Market]];
            int warehouse = policy.Warehouse is null ? -1 : builder.Warehouses.FindIndex(w => w.Spec.Id == policy.Warehouse);
            var target = warehouse < 0 ? CompiledWarehouseRef.None : CompiledWarehouseRef.Of(builder.Warehouses[warehouse].Spec);
            bool toWarehouse = policy.ShareToWarehouse > 0 && policy.WarehouseReverseMode is not null && warehouse >= 0;
            int groups = builder.Groups.Count;
            var toWarehouseRoutes = new int[groups];
            var toOriginRoutes = new int[groups];
            for (int group = 0; group < groups; group++)
            {
                var (modeId, marketCode) = builder.GroupModes[group];
                bool inMarket = marketCode == market.Code;
                string returnsOf = "/returns-of/" + modeId;
                toWarehouseRoutes[group] = inMarket && toWarehouse ? builder.RouteFor(policy.WarehouseReverseMode!, market.Code, target.Id!, target, returnsOf) : -1;
                toOriginRoutes[group] = inMarket && policy.OriginReverseMode is not null ? builder.RouteFor(policy.OriginReverseMode, market.Code, "", CompiledWarehouseRef.None, returnsOf) : -1;
            }

            byMarket[market.Index] = new CompiledReturns
            {
                ShareToWarehouse = toWarehouse ? policy.ShareToWarehouse : 0,
                WarehouseRouteByGroup = toWarehouseRoutes,
                OriginRouteByGroup = toOriginRoutes,
                Warehouse = warehouse,
                Inspection = TickSampler.From(policy.InspectionTime),
                RestockProbability = policy.RestockProbability,
                HandlingCost = policy.HandlingCost,
            };
        }

        return byMarket;
    }
}
