using Sim.Models.Demand;
using Sim.Models.Inventory;
using Sim.Models.Network;
using Sim.Models.Scenarios.Yaml;

namespace Sim.Models.Scenarios.Loading;

/// <content>Warehouses, fulfilment and returns, and the checks that span sections.</content>
internal sealed partial class ScenarioMapper
{
    private static bool IsWarehouseMode(ModeKind kind) => kind.IsWarehouseMode();

    private static bool IsDirectMode(ModeKind kind) => kind.IsDirectMode();

    private Mode? ModeOfKind(string? id, FieldPath path, string expected, Func<ModeKind, bool> accepts, bool required = true)
    {
        var mode = Reference(id, _modes, path, "mode", required);
        if (mode is not null && !accepts(mode.Kind))
        {
            diagnostics.Add(path, $"mode '{mode.Id}' is a {Snake(mode.Kind.ToString())} mode, expected {expected}");
        }

        return mode;
    }

    private Warehouse MapWarehouse(WarehouseYaml y, FieldPath path)
    {
        var kind = Enum<WarehouseKind>(y.Kind, path.Field("kind"), null);
        var nodeKind = kind switch
        {
            WarehouseKind.Border => NodeKind.BorderWarehouse,
            WarehouseKind.Bonded => NodeKind.BondedWarehouse,
            _ => NodeKind.OverseasWarehouse,
        };
        var id = NodeOfKind(y.Id, path.Field("id"), nodeKind);
        Reference(y.Market, _markets, path.Field("market"), "market");
        ModeOfKind(y.FulfilmentMode, path.Field("fulfilment_mode"), "overseas_warehouse, border_warehouse or bonded_import", IsWarehouseMode);
        ModeOfKind(y.ReplenishmentMode, path.Field("replenishment_mode"), "replenishment", k => k == ModeKind.Replenishment);
        Reference(y.ReplenishmentOrigin, _nodes, path.Field("replenishment_origin"), "node");
        var classes = new Dictionary<string, StockPolicy>(StringComparer.Ordinal);
        var policies = Items(y.Policies, path.Field("policies"), p => p.ProductClass, MapStockPolicy, classes, p => p.ProductClass, "policy for product class", required: true);
        return new Warehouse
        {
            Id = id,
            Kind = kind,
            Market = y.Market ?? "",
            FulfilmentMode = y.FulfilmentMode ?? "",
            ReplenishmentMode = y.ReplenishmentMode ?? "",
            ReplenishmentOrigin = y.ReplenishmentOrigin ?? "",
            CapacityUnits = OptionalNumber(y.CapacityUnits, path.Field("capacity_units"), Check.Positive),
            HoldingCostPerUnitDay = Number(y.HoldingCostPerUnitDay, path.Field("holding_cost_per_unit_day"), 0, Check.NonNegative),
            Policies = policies,
        };
    }

    private StockPolicy MapStockPolicy(StockPolicyYaml y, FieldPath path)
    {
        Reference(y.ProductClass, _classes, path.Field("product_class"), "product class");
        var kind = Enum<StockPolicyKind>(y.Kind, path.Field("kind"), null);
        var orderUpTo = RequiredNumber(y.OrderUpTo, path.Field("order_up_to"), Check.Positive);
        var reorderPoint = Number(y.ReorderPoint, path.Field("reorder_point"), 0, Check.NonNegative);
        if (kind == StockPolicyKind.MinMax && y.ReorderPoint is null)
        {
            diagnostics.Add(path.Field("reorder_point"), "required field is missing for a min_max policy");
        }
        else if (kind == StockPolicyKind.MinMax && reorderPoint >= orderUpTo)
        {
            diagnostics.Add(path.Field("reorder_point"), $"{Format(reorderPoint)} must be below order_up_to ({Format(orderUpTo)})");
        }
        else if (kind == StockPolicyKind.BaseStock && y.ReorderPoint is not null)
        {
            diagnostics.Add(path.Field("reorder_point"), "is not used by a base_stock policy");
        }

        var review = kind == StockPolicyKind.BaseStock
            ? RequiredNumber(y.ReviewPeriodDays, path.Field("review_period_days"), Check.Positive)
            : Number(y.ReviewPeriodDays, path.Field("review_period_days"), 0, Check.NonNegative);
        var onStockOut = Enum(y.OnStockOut, path.Field("on_stock_out"), (StockOutAction?)StockOutAction.Backorder);
        if (onStockOut == StockOutAction.FallbackToMode)
        {
            ModeOfKind(y.FallbackMode, path.Field("fallback_mode"), "a direct mode (postal_small_packet, international_express, dedicated_line or direct_mail_import)", IsDirectMode);
        }
        else if (y.FallbackMode is not null)
        {
            diagnostics.Add(path.Field("fallback_mode"), "is only used when on_stock_out is fallback_to_mode");
        }

        return new StockPolicy
        {
            ProductClass = y.ProductClass ?? "",
            Kind = kind,
            ReorderPoint = reorderPoint,
            OrderUpTo = orderUpTo,
            ReviewPeriodDays = review,
            InitialStock = Number(y.InitialStock, path.Field("initial_stock"), 0, Check.NonNegative),
            OnStockOut = onStockOut,
            FallbackMode = onStockOut == StockOutAction.FallbackToMode ? y.FallbackMode : null,
        };
    }

    private void CheckWarehousePairs(List<Warehouse> warehouses, FieldPath path)
    {
        var pairs = new HashSet<(string, string)>();
        for (var i = 0; i < warehouses.Count; i++)
        {
            if (!pairs.Add((warehouses[i].FulfilmentMode, warehouses[i].Market)))
            {
                diagnostics.Add(path.Item(i, warehouses[i].Id).Field("fulfilment_mode"),
                    $"another warehouse already serves market {warehouses[i].Market} by mode {warehouses[i].FulfilmentMode}");
            }
        }
    }

    private static bool HasLane(List<LaneSpec> lanes, string origin, string market, string mode) =>
        lanes.Any(l => l.Origin == origin && l.Market == market && l.Mode == mode);

    private void CheckFallbacks(List<Warehouse> warehouses, List<DemandStreamSpec> demand, List<LaneSpec> lanes, FieldPath path)
    {
        if (!_tablesUsable)
        {
            return;
        }

        for (var i = 0; i < warehouses.Count; i++)
        {
            var warehouse = warehouses[i];
            for (var j = 0; j < warehouse.Policies.Count; j++)
            {
                var policy = warehouse.Policies[j];
                if (policy.FallbackMode is not { } fallback || !_modes.ContainsKey(fallback))
                {
                    continue;
                }

                foreach (var stream in demand.Where(s => s.Market == warehouse.Market && s.ProductClass == policy.ProductClass))
                {
                    if (!HasLane(lanes, stream.Origin, stream.Market, fallback))
                    {
                        diagnostics.Add(path.Item(i, warehouse.Id).Field("policies").Item(j, policy.ProductClass).Field("fallback_mode"),
                            $"mode '{fallback}' has no lane from {stream.Origin} to {stream.Market} in the lanes table");
                    }
                }
            }
        }
    }

    private List<LaneFulfilment> MapFulfilment(List<FulfilmentYaml>? list, FieldPath path, List<DemandStreamSpec> demand, List<LaneSpec> lanes)
    {
        var keys = new Dictionary<string, LaneFulfilment>(StringComparer.Ordinal);
        var result = Items(list, path, f => f.Market is null || f.ProductClass is null ? null : $"{f.Market}/{f.ProductClass}",
            (f, p) => MapLaneFulfilment(f, p, demand, lanes), keys, f => $"{f.Market}/{f.ProductClass}", "fulfilment lane", required: true);
        foreach (var lane in _tablesUsable ? demand.Select(s => (s.Market, s.ProductClass)).Distinct() : [])
        {
            if (!keys.ContainsKey($"{lane.Market}/{lane.ProductClass}"))
            {
                diagnostics.Add(path, $"no fulfilment policy for lane {lane.Market}/{lane.ProductClass}, which has demand in the demand table");
            }
        }

        return result;
    }

    private LaneFulfilment MapLaneFulfilment(FulfilmentYaml y, FieldPath path, List<DemandStreamSpec> demand, List<LaneSpec> lanes)
    {
        var market = Reference(y.Market, _markets, path.Field("market"), "market")?.Code ?? y.Market ?? "";
        var productClass = Reference(y.ProductClass, _classes, path.Field("product_class"), "product class")?.Id ?? y.ProductClass ?? "";
        var policyPath = path.Field("policy");
        var policy = MapPolicy(y.Policy, policyPath);
        var origins = demand.Where(s => s.Market == market && s.ProductClass == productClass).Select(s => s.Origin).Distinct().ToList();
        var modeIds = policy.ModeIds.ToList();
        for (var i = 0; i < modeIds.Count; i++)
        {
            if (!_modes.TryGetValue(modeIds[i], out var mode))
            {
                continue;
            }

            var modePath = policy switch
            {
                FixedModePolicy => policyPath.Field("mode"),
                SplitSharesPolicy => policyPath.Field("shares").Field(mode.Id),
                _ => policyPath.Field("modes").Item(i, null),
            };
            if (IsWarehouseMode(mode.Kind))
            {
                var warehouse = _warehouses.Values.FirstOrDefault(w => w.FulfilmentMode == mode.Id && w.Market == market);
                if (warehouse is null)
                {
                    diagnostics.Add(modePath, $"no warehouse serves market {market} by mode '{mode.Id}'");
                }
                else if (policy is not RuleBasedPolicy && !warehouse.Policies.Any(p => p.ProductClass == productClass))
                {
                    diagnostics.Add(modePath, $"warehouse '{warehouse.Id}' has no stock policy for product class {productClass}");
                }
            }
            else if (IsDirectMode(mode.Kind))
            {
                if (!_tablesUsable)
                {
                    continue;
                }

                foreach (var origin in origins.Where(o => !HasLane(lanes, o, market, mode.Id)))
                {
                    diagnostics.Add(modePath, $"mode '{mode.Id}' has no lane from {origin} to {market} in the lanes table");
                }
            }
            else
            {
                diagnostics.Add(modePath, $"mode '{mode.Id}' is a {Snake(mode.Kind.ToString())} mode and cannot serve orders");
            }
        }

        return new LaneFulfilment { Market = market, ProductClass = productClass, Policy = policy };
    }

    private FulfilmentPolicySpec MapPolicy(PolicyYaml? y, FieldPath path)
    {
        if (y is null)
        {
            diagnostics.Add(path, "required field is missing (e.g. {kind: fixed, mode: express})");
            return new RuleBasedPolicy { Modes = [] };
        }

        var kind = y.Kind?.Trim();
        void Unused(object? value, string name)
        {
            if (value is not null)
            {
                diagnostics.Add(path.Field(name), $"is not used by a {kind} policy");
            }
        }

        switch (kind)
        {
            case "fixed":
                Unused(y.Shares, "shares");
                Unused(y.Modes, "modes");
                Reference(y.Mode, _modes, path.Field("mode"), "mode");
                return new FixedModePolicy { Mode = y.Mode ?? "" };
            case "split":
                Unused(y.Mode, "mode");
                Unused(y.Modes, "modes");
                return MapSplit(y.Shares, path.Field("shares"));
            case "rule_based":
                Unused(y.Mode, "mode");
                Unused(y.Shares, "shares");
                var modes = y.Modes ?? [];
                if (modes.Count == 0)
                {
                    diagnostics.Add(path.Field("modes"), "at least one candidate mode is required");
                }

                for (var i = 0; i < modes.Count; i++)
                {
                    Reference(modes[i], _modes, path.Field("modes").Item(i, null), "mode");
                }

                return new RuleBasedPolicy { Modes = modes.ToArray() };
            default:
                var names = new[] { "fixed", "split", "rule_based" };
                diagnostics.Add(path.Field("kind"), kind is null
                    ? "required field is missing (one of fixed, split, rule_based)"
                    : $"'{kind}' is not one of fixed, split, rule_based{Suggestions.DidYouMean(kind, names)}");
                return new RuleBasedPolicy { Modes = [] };
        }
    }

    private SplitSharesPolicy MapSplit(Dictionary<string, double>? shares, FieldPath path)
    {
        if (shares is null || shares.Count == 0)
        {
            diagnostics.Add(path, "at least one mode share is required (e.g. {postal: 0.7, express: 0.3})");
            return new SplitSharesPolicy { Shares = [] };
        }

        var result = new List<ModeShare>();
        foreach (var (mode, share) in shares)
        {
            Reference(mode, _modes, path.Field(mode), "mode");
            result.Add(new ModeShare { Mode = mode, Share = Number(share, path.Field(mode), 0, Check.Probability) });
        }

        var sum = result.Sum(s => s.Share);
        if (Math.Abs(sum - 1) > ShareTolerance)
        {
            diagnostics.Add(path, $"shares sum to {Format(Math.Round(sum, 9))}, not 1");
        }

        return new SplitSharesPolicy { Shares = result };
    }

    private List<ReturnPolicy> MapReturns(List<ReturnYaml>? list, FieldPath path) =>
        Items(list, path, r => r.Market, MapReturn, new Dictionary<string, ReturnPolicy>(StringComparer.Ordinal), r => r.Market, "return policy for market", required: false);

    private ReturnPolicy MapReturn(ReturnYaml y, FieldPath path)
    {
        var market = Reference(y.Market, _markets, path.Field("market"), "market")?.Code ?? y.Market ?? "";
        var share = Number(y.ShareToWarehouse, path.Field("share_to_warehouse"), 0, Check.Probability);
        bool IsReverse(ModeKind k) => k.IsReverse();
        if (share > 0 || y.Warehouse is not null)
        {
            var warehouse = Reference(y.Warehouse, _warehouses, path.Field("warehouse"), "warehouse");
            if (warehouse is not null && warehouse.Market != market)
            {
                diagnostics.Add(path.Field("warehouse"), $"warehouse '{warehouse.Id}' serves {warehouse.Market}, not {market}");
            }

            ModeOfKind(y.WarehouseReverseMode, path.Field("warehouse_reverse_mode"), "reverse", IsReverse);
        }

        if (share < 1 || y.OriginReverseMode is not null)
        {
            ModeOfKind(y.OriginReverseMode, path.Field("origin_reverse_mode"), "reverse", IsReverse);
        }

        return new ReturnPolicy
        {
            Market = market,
            ShareToWarehouse = share,
            Warehouse = y.Warehouse,
            WarehouseReverseMode = y.WarehouseReverseMode,
            OriginReverseMode = y.OriginReverseMode,
            InspectionTime = Distribution(y.InspectionTime, path.Field("inspection_time"), required: false),
            RestockProbability = Number(y.RestockProbability, path.Field("restock_probability"), 1, Check.Probability),
            HandlingCost = Number(y.HandlingCost, path.Field("handling_cost"), 0, Check.NonNegative),
        };
    }
}
