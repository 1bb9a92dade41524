using Sim.Models.Inventory;
using Sim.Models.Planning.Plans.Yaml;
using Sim.Models.Scenarios.Loading;

namespace Sim.Models.Planning.Plans.Loading;

/// <summary>
/// Turns a deserialised <c>plan.yaml</c> into a <see cref="Plan"/>, reporting missing required fields
/// and unknown enumeration values. Every list item is kept (with empty or default values where the
/// file had none), so that item indices match the file and <see cref="PlanValidator"/> can check
/// the values and references of the result and still point at the right line. One instance maps
/// one document; not thread-safe. The validator runs only when the mapper found nothing wrong, so
/// that a missing value (NaN here) is reported once.
/// </summary>
internal sealed class PlanMapper(ScenarioDiagnostics diagnostics)
{
    public Plan Map(PlanYaml y)
    {
        var root = FieldPath.Root;
        if (y.Lanes is null || y.Lanes.Count == 0)
        {
            diagnostics.Add(root.Field("lanes"), "at least one lane is required");
        }

        return new Plan
        {
            Scenario = y.Scenario?.Trim() ?? "",
            Description = y.Description ?? "",
            Lanes = Items(y.Lanes, root.Field("lanes"), MapLane),
            Warehouses = Items(y.Warehouses, root.Field("warehouses"), MapWarehouse),
            DedicatedLines = Items(y.DedicatedLines, root.Field("dedicated_lines"), MapDedicatedLine),
            Figures = y.Figures is null ? null : MapFigures(y.Figures, root.Field("figures")),
        };
    }

    private LanePlan MapLane(PlanLaneYaml y, FieldPath path)
    {
        var segment = OrderSegment.All;
        if (y.Segment is { } text)
        {
            segment = text.Trim() switch
            {
                "all" => OrderSegment.All,
                "b2c" => OrderSegment.B2c,
                "b2b" => OrderSegment.B2b,
                _ => Unknown(path.Field("segment"), text, ["all", "b2c", "b2b"], OrderSegment.All),
            };
        }

        if (y.Shares is null || y.Shares.Count == 0)
        {
            diagnostics.Add(path.Field("shares"), "at least one share is required (e.g. [{mode: postal, share: 1}])");
        }

        return new LanePlan
        {
            Origin = Required(y.Origin, path.Field("origin")),
            Market = Required(y.Market, path.Field("market")),
            ProductClass = Required(y.ProductClass, path.Field("product_class")),
            Segment = segment,
            Shares = Items(y.Shares, path.Field("shares"), MapShare),
        };
    }

    private RouteShare MapShare(PlanShareYaml y, FieldPath path) => new()
    {
        Mode = Required(y.Mode, path.Field("mode")),
        Warehouse = string.IsNullOrWhiteSpace(y.Warehouse) ? null : y.Warehouse.Trim(),
        Share = RequiredNumber(y.Share, path.Field("share")),
    };

    private WarehousePlan MapWarehouse(PlanWarehouseYaml y, FieldPath path)
    {
        if (y.Policies is null || y.Policies.Count == 0)
        {
            diagnostics.Add(path.Field("policies"), "at least one stock policy is required (an open warehouse stocks something)");
        }

        return new WarehousePlan
        {
            Id = Required(y.Id, path.Field("id")),
            ReplenishmentMode = Required(y.ReplenishmentMode, path.Field("replenishment_mode")),
            Policies = Items(y.Policies, path.Field("policies"), MapPolicy),
        };
    }

    private PlannedStockPolicy MapPolicy(PlanPolicyYaml y, FieldPath path)
    {
        var kind = StockPolicyKind.MinMax;
        if (string.IsNullOrWhiteSpace(y.Kind))
        {
            diagnostics.Add(path.Field("kind"), "required field is missing (one of min_max, base_stock)");
        }
        else
        {
            kind = y.Kind.Trim() switch
            {
                "min_max" => StockPolicyKind.MinMax,
                "base_stock" => StockPolicyKind.BaseStock,
                _ => Unknown(path.Field("kind"), y.Kind, ["min_max", "base_stock"], StockPolicyKind.MinMax),
            };
        }

        if (kind == StockPolicyKind.MinMax && y.ReorderPoint is null && !string.IsNullOrWhiteSpace(y.Kind))
        {
            diagnostics.Add(path.Field("reorder_point"), "required field is missing for a min_max policy");
        }

        if (kind == StockPolicyKind.BaseStock && y.ReviewPeriodDays is null)
        {
            diagnostics.Add(path.Field("review_period_days"), "required field is missing for a base_stock policy");
        }

        return new PlannedStockPolicy
        {
            ProductClass = Required(y.ProductClass, path.Field("product_class")),
            Kind = kind,
            ReorderPoint = y.ReorderPoint,
            OrderUpTo = RequiredNumber(y.OrderUpTo, path.Field("order_up_to")),
            ReviewPeriodDays = y.ReviewPeriodDays ?? 0,
            FallbackMode = string.IsNullOrWhiteSpace(y.FallbackMode) ? null : y.FallbackMode.Trim(),
            InitialStock = y.InitialStock,
        };
    }

    private DedicatedLinePlan MapDedicatedLine(PlanDedicatedLineYaml y, FieldPath path)
    {
        if (y.WeeklyDepartures is null)
        {
            diagnostics.Add(path.Field("weekly_departures"), "required field is missing");
        }

        return new DedicatedLinePlan { Mode = Required(y.Mode, path.Field("mode")), WeeklyDepartures = y.WeeklyDepartures ?? 1 };
    }

    private PlanFigures MapFigures(PlanFiguresYaml y, FieldPath path) => new()
    {
        CostPerParcel = y.CostPerParcel,
        MeanDays = y.MeanDays,
        OnTimeProbability = y.OnTimeProbability,
        Markets = Items(y.Markets, path.Field("markets"), (m, p) => new MarketFigures
        {
            Market = Required(m.Market, p.Field("market")),
            CostPerParcel = m.CostPerParcel,
            MeanDays = m.MeanDays,
            OnTimeProbability = m.OnTimeProbability,
        }),
    };

    private static ValueList<T> Items<TYaml, T>(List<TYaml>? list, FieldPath path, Func<TYaml, FieldPath, T> map)
        where TYaml : class =>
        (list ?? []).Select((item, i) => map(item, path.Item(i, PlanPaths.KeyOf(item)))).ToValueList();

    private string Required(string? value, FieldPath path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            diagnostics.Add(path, "required field is missing");
            return "";
        }

        return value.Trim();
    }

    private double RequiredNumber(double? value, FieldPath path)
    {
        if (value is null)
        {
            diagnostics.Add(path, "required field is missing");
        }

        return value ?? double.NaN;
    }

    private T Unknown<T>(FieldPath path, string value, string[] names, T fallback)
    {
        diagnostics.Add(path, $"'{value}' is not one of {string.Join(", ", names)}{Suggestions.DidYouMean(value, names)}");
        return fallback;
    }

}
