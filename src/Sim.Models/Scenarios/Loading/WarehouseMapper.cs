using Sim.Models.Demand;
using Sim.Models.Inventory;
using Sim.Models.Network;
using Sim.Models.Scenarios.Yaml;

namespace Sim.Models.Scenarios.Loading;

/// <summary>Maps warehouses and their stock policies, and checks warehouses against each other and the tables. Not thread-safe.</summary>
internal sealed class WarehouseMapper(FieldReader fields, ScenarioIndex index, NetworkMapper network)
{
    private const string WarehouseModes = "overseas_warehouse, border_warehouse or bonded_import";

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
        ModeChecks.ModeOfKind(fields, index, y.FulfilmentMode, path.Field("fulfilment_mode"), WarehouseModes, ModeChecks.IsWarehouseMode);
        ModeChecks.ModeOfKind(fields, index, y.ReplenishmentMode, path.Field("replenishment_mode"), "replenishment", k => k.IsReplenishment());
        fields.Reference(y.ReplenishmentOrigin, index.Nodes, path.Field("replenishment_origin"), "node");
        var alsoServes = MapAlsoServes(y, path.Field("also_serves"));
        var classes = new Dictionary<string, StockPolicy>(StringComparer.Ordinal);
        var policies = fields.Items(y.Policies, path.Field("policies"), p => p.ProductClass, MapStockPolicy, classes, p => p.ProductClass, "policy for product class", required: true);
        var capacityUnits = fields.OptionalNumber(y.CapacityUnits, path.Field("capacity_units"), ScenarioRanges.CapacityUnits);
        var capacityM3 = fields.OptionalNumber(y.CapacityM3, path.Field("capacity_m3"), ScenarioRanges.CapacityM3);
        if (capacityUnits is not null && capacityM3 is not null)
        {
            Diagnostics.Add(path.Field("capacity_m3"), "give at most one of capacity_units or capacity_m3");
        }

        var overflow = fields.Enum(y.OnOverflow, path.Field("on_overflow"), (StorageOverflow?)StorageOverflow.Refuse);
        if (overflow == StorageOverflow.Overflow && capacityUnits is null && capacityM3 is null)
        {
            Diagnostics.Add(path.Field("on_overflow"), "overflow needs a storage capacity (capacity_units or capacity_m3)");
        }

        if (overflow == StorageOverflow.Overflow && y.OverflowCostPerDay is null)
        {
            Diagnostics.Add(path.Field("overflow_cost_per_day"), "required when on_overflow is overflow (cost per unit or m³ above the capacity per day)");
        }
        else if (overflow != StorageOverflow.Overflow && y.OverflowCostPerDay is not null)
        {
            Diagnostics.Add(path.Field("overflow_cost_per_day"), "is only used when on_overflow is overflow");
        }

        return new Warehouse
        {
            Id = id,
            Kind = kind,
            Market = y.Market ?? "",
            FulfilmentMode = y.FulfilmentMode ?? "",
            AlsoServes = alsoServes,
            ReplenishmentMode = y.ReplenishmentMode ?? "",
            ReplenishmentOrigin = y.ReplenishmentOrigin ?? "",
            CapacityUnits = capacityUnits,
            CapacityM3 = capacityM3,
            OnOverflow = overflow,
            OverflowCostPerDay = fields.Number(y.OverflowCostPerDay, path.Field("overflow_cost_per_day"), 0, ScenarioRanges.Money),
            HoldingCostPerUnitDay = fields.Number(y.HoldingCostPerUnitDay, path.Field("holding_cost_per_unit_day"), 0, ScenarioRanges.Money),
            FixedCostPerDay = fields.Number(y.FixedCostPerDay, path.Field("fixed_cost_per_day"), 0, ScenarioRanges.Money),
            PickCapacityPerDay = fields.OptionalNumber(y.PickCapacityPerDay, path.Field("pick_capacity_per_day"), ScenarioRanges.PickCapacityPerDay),
            Candidate = y.Candidate ?? false,
            Policies = policies,
        };
    }

    private List<WarehouseMarket> MapAlsoServes(WarehouseYaml y, FieldPath path)
    {
        var served = new Dictionary<string, WarehouseMarket>(StringComparer.Ordinal);
        if (y.Market is not null)
        {
            served.Add(y.Market, new WarehouseMarket(y.Market, y.FulfilmentMode ?? ""));
        }

        return fields.Items(y.AlsoServes, path, m => m.Market, (m, p) =>
        {
            fields.Reference(m.Market, index.Markets, p.Field("market"), "market");
            var mode = m.FulfilmentMode ?? y.FulfilmentMode ?? "";
            if (m.FulfilmentMode is not null)
            {
                ModeChecks.ModeOfKind(fields, index, m.FulfilmentMode, p.Field("fulfilment_mode"), WarehouseModes, ModeChecks.IsWarehouseMode);
            }

            return new WarehouseMarket(m.Market ?? "", mode);
        }, served, m => m.Market, "market served by the warehouse", required: false);
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

        var writeOffAfter = fields.OptionalNumber(y.WriteOffAfterDays, path.Field("write_off_after_days"), ScenarioRanges.WriteOffAfterDays);
        var writeOffRate = fields.Number(y.WriteOffRatePerDay, path.Field("write_off_rate_per_day"), 0, ScenarioRanges.Probability);
        if (writeOffAfter is not null && y.WriteOffRatePerDay is not null)
        {
            Diagnostics.Add(path.Field("write_off_rate_per_day"), "give at most one of write_off_after_days or write_off_rate_per_day");
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
            WriteOffAfterDays = writeOffAfter,
            WriteOffRatePerDay = writeOffRate,
        };
    }

    public void CheckWarehousePairs(List<Warehouse> warehouses, FieldPath path)
    {
        // A market listed twice by one warehouse is reported where it is mapped; here only other warehouses count.
        var pairs = new Dictionary<(string, string), int>();
        for (var i = 0; i < warehouses.Count; i++)
        {
            var served = warehouses[i].Serves;
            for (var j = 0; j < served.Count; j++)
            {
                if (served[j].Market.Length > 0 && !pairs.TryAdd((served[j].FulfilmentMode, served[j].Market), i) && pairs[(served[j].FulfilmentMode, served[j].Market)] != i)
                {
                    var at = j == 0 ? path.Item(i, warehouses[i].Id) : path.Item(i, warehouses[i].Id).Field("also_serves").Item(j - 1, served[j].Market);
                    Diagnostics.Add(at.Field("fulfilment_mode"),
                        $"another warehouse already serves market {served[j].Market} by mode {served[j].FulfilmentMode}");
                }
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

                foreach (var stream in demand.Where(s => warehouse.ServesMarket(s.Market) && s.ProductClass == policy.ProductClass))
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
