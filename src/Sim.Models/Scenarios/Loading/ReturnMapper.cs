using Sim.Models.Network;
using Sim.Models.Scenarios.Yaml;

namespace Sim.Models.Scenarios.Loading;

/// <summary>Maps the return policy of each market. Not thread-safe.</summary>
internal sealed class ReturnMapper(FieldReader fields, ScenarioIndex index)
{
    private ScenarioDiagnostics Diagnostics => fields.Diagnostics;

    public List<ReturnPolicy> MapReturns(List<ReturnYaml>? list, FieldPath path) =>
        fields.Items(list, path, r => r.Market, MapReturn, new Dictionary<string, ReturnPolicy>(StringComparer.Ordinal), r => r.Market, "return policy for market", required: false);

    private ReturnPolicy MapReturn(ReturnYaml y, FieldPath path)
    {
        var market = fields.Reference(y.Market, index.Markets, path.Field("market"), "market")?.Code ?? y.Market ?? "";
        var share = fields.Number(y.ShareToWarehouse, path.Field("share_to_warehouse"), 0, ScenarioRanges.Probability);
        bool IsReverse(ModeKind k) => k.IsReverse();
        if (share > 0 || y.Warehouse is not null)
        {
            var warehouse = fields.Reference(y.Warehouse, index.Warehouses, path.Field("warehouse"), "warehouse");
            if (warehouse is not null && warehouse.Market != market)
            {
                Diagnostics.Add(path.Field("warehouse"), $"warehouse '{warehouse.Id}' serves {warehouse.Market}, not {market}");
            }

            ModeChecks.ModeOfKind(fields, index, y.WarehouseReverseMode, path.Field("warehouse_reverse_mode"), "reverse", IsReverse);
        }

        if (share < 1 || y.OriginReverseMode is not null)
        {
            ModeChecks.ModeOfKind(fields, index, y.OriginReverseMode, path.Field("origin_reverse_mode"), "reverse", IsReverse);
        }

        return new ReturnPolicy
        {
            Market = market,
            ShareToWarehouse = share,
            Warehouse = y.Warehouse,
            WarehouseReverseMode = y.WarehouseReverseMode,
            OriginReverseMode = y.OriginReverseMode,
            InspectionTime = fields.Distribution(y.InspectionTime, path.Field("inspection_time"), required: false),
            RestockProbability = fields.Number(y.RestockProbability, path.Field("restock_probability"), 1, ScenarioRanges.Probability),
            HandlingCost = fields.Number(y.HandlingCost, path.Field("handling_cost"), 0, ScenarioRanges.Money),
        };
    }
}
