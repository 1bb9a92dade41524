using Sim.Models.Demand;
using Sim.Models.Inventory;
using Sim.Models.Network;
using Sim.Models.Scenarios.Yaml;

namespace Sim.Models.Scenarios.Loading;

/// <summary>Maps warehouses and their stock policies, and checks warehouses against each other and the tables. Not thread-safe.</summary>
internal sealed class WarehouseMapper(FieldReader fields, ScenarioIndex index, NetworkMapper network)
{
    private ScenarioDiagnostics Diagnostics => fields.Diagnostics;

    public Warehouse MapWarehouse(WarehouseYaml y, FieldPath path)
    {
        var kind = fields.Enum<WarehouseKind>(y.Kind, path.Field("kind"), null);
        var nodeKind = kind switch
        {
            WarehouseKind.Border => NodeKind.BorderWarehouse,
            WarehouseKind.Bonded => NodeKind.BondedWarehouse,
            _ => NodeKind.OverseasWarehouse,
        };
        var id = network.NodeOfKind(y.Id, path.Field("id"), nodeKind);
        fields.Reference(y.Market, index.Markets, path.Field("market"), "market");
        ModeChecks.ModeOfKind(fields, index, y.FulfilmentMode, path.Field("fulfilment_mode"), "overseas_warehouse, border_warehouse or bonded_import", ModeChecks.IsWarehouseMode);
        ModeChecks.ModeOfKind(fields, index, y.ReplenishmentMode, path.Field("replenishment_mode"), "replenishment", k => k.IsReplenishment());
        fields.Reference(y.ReplenishmentOrigin, index.Nodes, path.Field("replenishment_origin"), "node");
        var classes = new Dictionary<string, StockPolicy>(StringComparer.Ordinal);
        var policies = fields.Items(y.Policies, path.Field("policies"), p => p.ProductClass, MapStockPolicy, classes, p => p.ProductClass, "policy for product class", required: true);
        return new Warehouse
        {
            Id = id,
            Kind = kind,
            Market = y.Market ?? "",
            FulfilmentMode = y.FulfilmentMode ?? "",
            ReplenishmentMode = y.ReplenishmentMode ?? "",
            ReplenishmentOrigin = y.ReplenishmentOrigin ?? "",
            CapacityUnits = fields.OptionalNumber(y.CapacityUnits, path.Field("capacity_units"), ScenarioRanges.CapacityUnits),
            HoldingCostPerUnitDay = fields.Number(y.HoldingCostPerUnitDay, path.Field("holding_cost_per_unit_day"), 0, ScenarioRanges.Money),
            Policies = policies,
        };
    }

    private StockPolicy MapStockPolicy(StockPolicyYaml y, FieldPath path)
    {
        fields.Reference(y.ProductClass, index.Classes, path.Field("product_class"), "product class");
        var kind = fields.Enum<StockPolicyKind>(y.Kind, path.Field("kind"), null);
        var orderUpTo = fields.RequiredNumber(y.OrderUpTo, path.Field("order_up_to"), ScenarioRanges.OrderUpTo);
        var reorderPoint = fields.Number(y.ReorderPoint, path.Field("reorder_point"), 0, ScenarioRanges.StockUnits);
        if (kind == StockPolicyKind.MinMax && y.ReorderPoint is null)
        {
            Diagnostics.Add(path.Field("reorder_point"), "required field is missing for a min_max policy");
        }
        else if (kind == StockPolicyKind.MinMax && reorderPoint >= orderUpTo)
        {
            Diagnostics.Add(path.Field("reorder_point"), $"{FieldReader.Format(reorderPoint)} must be below order_up_to ({FieldReader.Format(orderUpTo)})");
        }
        else if (kind == StockPolicyKind.BaseStock && y.ReorderPoint is not null)
        {
            Diagnostics.Add(path.Field("reorder_point"), "is not used by a base_stock policy");
        }

        var review = kind == StockPolicyKind.BaseStock
            ? fields.RequiredNumber(y.ReviewPeriodDays, path.Field("review_period_days"), ScenarioRanges.ReviewPeriodDays with { MinExclusive = true })
            : fields.Number(y.ReviewPeriodDays, path.Field("review_period_days"), 0, ScenarioRanges.ReviewPeriodDays);
        var onStockOut = fields.Enum(y.OnStockOut, path.Field("on_stock_out"), (StockOutAction?)StockOutAction.Backorder);
        if (onStockOut == StockOutAction.FallbackToMode)
        {
            ModeChecks.ModeOfKind(fields, index, y.FallbackMode, path.Field("fallback_mode"), "a direct mode (postal_small_packet, international_express, dedicated_line or direct_mail_import)", ModeChecks.IsDirectMode);
        }
        else if (y.FallbackMode is not null)
        {
            Diagnostics.Add(path.Field("fallback_mode"), "is only used when on_stock_out is fallback_to_mode");
        }

        return new StockPolicy
        {
            ProductClass = y.ProductClass ?? "",
            Kind = kind,
            ReorderPoint = reorderPoint,
            OrderUpTo = orderUpTo,
            ReviewPeriodDays = review,
            InitialStock = fields.Number(y.InitialStock, path.Field("initial_stock"), 0, ScenarioRanges.StockUnits),
            OnStockOut = onStockOut,
            FallbackMode = onStockOut == StockOutAction.FallbackToMode ? y.FallbackMode : null,
        };
    }

    public void CheckWarehousePairs(List<Warehouse> warehouses, FieldPath path)
    {
        var pairs = new HashSet<(string, string)>();
        for (var i = 0; i < warehouses.Count; i++)
        {
            if (!pairs.Add((warehouses[i].FulfilmentMode, warehouses[i].Market)))
            {
                Diagnostics.Add(path.Item(i, warehouses[i].Id).Field("fulfilment_mode"),
                    $"another warehouse already serves market {warehouses[i].Market} by mode {warehouses[i].FulfilmentMode}");
            }
        }
    }

    public void CheckFallbacks(List<Warehouse> warehouses, List<DemandStreamSpec> demand, List<LaneSpec> lanes, FieldPath path)
    {
        if (!index.TablesUsable)
        {
            return;
        }

        for (var i = 0; i < warehouses.Count; i++)
        {
            var warehouse = warehouses[i];
            for (var j = 0; j < warehouse.Policies.Count; j++)
            {
                var policy = warehouse.Policies[j];
                if (policy.FallbackMode is not { } fallback || !index.Modes.ContainsKey(fallback))
                {
                    continue;
                }

                foreach (var stream in demand.Where(s => s.Market == warehouse.Market && s.ProductClass == policy.ProductClass))
                {
                    if (!ModeChecks.HasLane(lanes, stream.Origin, stream.Market, fallback))
                    {
                        Diagnostics.Add(path.Item(i, warehouse.Id).Field("policies").Item(j, policy.ProductClass).Field("fallback_mode"),
                            $"mode '{fallback}' has no lane from {stream.Origin} to {stream.Market} in the lanes table");
                    }
                }
            }
        }
    }
}
