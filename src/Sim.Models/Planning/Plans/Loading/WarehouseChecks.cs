using Sim.Models.Inventory;
using Sim.Models.Network;
using Sim.Models.Scenarios.Loading;

namespace Sim.Models.Planning.Plans.Loading;

/// <summary>
/// Checks a plan's open warehouses (a scenario warehouse each, a replenishment mode, stock levels per
/// product class), its dedicated-line departures and its expected figures. Not thread-safe.
/// </summary>
internal sealed class WarehouseChecks(PlanCheckContext context)
{
    private static readonly FieldPath Root = FieldPath.Root;

    public void Run(Plan plan)
    {
        var warehouses = Root.Field("warehouses");
        for (var i = 0; i < plan.Warehouses.Count; i++)
        {
            CheckWarehouse(plan.Warehouses[i], warehouses.Item(i, plan.Warehouses[i].Id));
        }

        PlanCheckContext.Duplicates(plan.Warehouses, w => w.Id, i => warehouses.Item(i, plan.Warehouses[i].Id), w => $"warehouse '{w.Id}'", context.Add);

        var lines = Root.Field("dedicated_lines");
        for (var i = 0; i < plan.DedicatedLines.Count; i++)
        {
            var line = plan.DedicatedLines[i];
            var path = lines.Item(i, line.Mode);
            var mode = context.Reference(line.Mode, context.Modes, path.Field("mode"), "mode");
            if (mode is not null && mode.Kind != ModeKind.DedicatedLine)
            {
                context.Add(path.Field("mode"), $"mode '{mode.Id}' is a {PlanCheckContext.Snake(mode.Kind.ToString())} mode, expected dedicated_line");
            }

            if (line.WeeklyDepartures < 1)
            {
                context.Add(path.Field("weekly_departures"), $"{line.WeeklyDepartures} must be at least 1");
            }
        }

        PlanCheckContext.Duplicates(plan.DedicatedLines, l => l.Mode, i => lines.Item(i, plan.DedicatedLines[i].Mode), l => $"dedicated line '{l.Mode}'", context.Add);

        if (plan.Figures is { } figures)
        {
            CheckFigures(figures);
        }
    }

    private void CheckWarehouse(WarehousePlan warehouse, FieldPath path)
    {
        context.Reference(warehouse.Id, context.Warehouses, path.Field("id"), "warehouse");
        var mode = context.Reference(warehouse.ReplenishmentMode, context.Modes, path.Field("replenishment_mode"), "mode");
        if (mode is not null && !mode.Kind.IsReplenishment())
        {
            context.Add(path.Field("replenishment_mode"), $"mode '{mode.Id}' is a {PlanCheckContext.Snake(mode.Kind.ToString())} mode, expected replenishment");
        }

        var policies = path.Field("policies");
        for (var j = 0; j < warehouse.Policies.Count; j++)
        {
            CheckPolicy(warehouse.Policies[j], policies.Item(j, warehouse.Policies[j].ProductClass));
            CheckFallback(warehouse, warehouse.Policies[j], policies.Item(j, warehouse.Policies[j].ProductClass).Field("fallback_mode"));
        }

        PlanCheckContext.Duplicates(warehouse.Policies, p => p.ProductClass, j => policies.Item(j, warehouse.Policies[j].ProductClass),
            p => $"stock policy for product class '{p.ProductClass}'", context.Add);
    }

    private void CheckPolicy(PlannedStockPolicy policy, FieldPath path)
    {
        context.Reference(policy.ProductClass, context.Classes, path.Field("product_class"), "product class");
        context.Range(policy.OrderUpTo, path.Field("order_up_to"), 0, double.MaxValue, positive: true);
        if (policy.InitialStock is { } initial)
        {
            context.Range(initial, path.Field("initial_stock"), 0, double.MaxValue);
        }

        if (policy.Kind == StockPolicyKind.MinMax)
        {
            context.Range(policy.ReviewPeriodDays, path.Field("review_period_days"), 0, double.MaxValue);
            if (policy.ReorderPoint is not { } s)
            {
                context.Add(path.Field("reorder_point"), "required field is missing for a min_max policy");
            }
            else if (!double.IsFinite(s) || s < 0)
            {
                context.Range(s, path.Field("reorder_point"), 0, double.MaxValue);
            }
            else if (s >= policy.OrderUpTo && policy.OrderUpTo > 0)
            {
                context.Add(path.Field("reorder_point"), $"{PlanCheckContext.Format(s)} must be below order_up_to ({PlanCheckContext.Format(policy.OrderUpTo)})");
            }
        }
        else
        {
            context.Range(policy.ReviewPeriodDays, path.Field("review_period_days"), 0, double.MaxValue, positive: true);
            if (policy.ReorderPoint is not null)
            {
                context.Add(path.Field("reorder_point"), "is not used by a base_stock policy");
            }
        }
    }

    /// <summary>A fallback mode must be a direct mode with a lane from every origin selling the class in each market the warehouse serves.</summary>
    private void CheckFallback(WarehousePlan warehouse, PlannedStockPolicy policy, FieldPath path)
    {
        if (policy.FallbackMode is not { } id || context.Reference(id, context.Modes, path, "mode") is not { } mode
            || !context.Warehouses.TryGetValue(warehouse.Id, out var spec))
        {
            return;
        }

        if (!mode.Kind.IsDirectMode())
        {
            context.Add(path, $"mode '{mode.Id}' is a {PlanCheckContext.Snake(mode.Kind.ToString())} mode; a fallback ships from the origin by a direct mode");
            return;
        }

        foreach (var stream in context.Demand.Values.Where(d => spec.ServesMarket(d.Market) && d.ProductClass == policy.ProductClass && d.OrdersPerDay > 0))
        {
            if (!context.Lanes.Contains((stream.Origin, stream.Market, mode.Id)))
            {
                context.Add(path, $"mode '{mode.Id}' has no lane from {stream.Origin} to {stream.Market}, where {policy.ProductClass} is sold");
                return;
            }
        }
    }

    private void CheckFigures(PlanFigures figures)
    {
        var path = Root.Field("figures");
        Figures(figures.CostPerParcel, figures.MeanDays, figures.OnTimeProbability, path);
        var markets = path.Field("markets");
        for (var i = 0; i < figures.Markets.Count; i++)
        {
            var market = figures.Markets[i];
            var marketPath = markets.Item(i, market.Market);
            context.Reference(market.Market, context.Markets, marketPath.Field("market"), "market");
            Figures(market.CostPerParcel, market.MeanDays, market.OnTimeProbability, marketPath);
        }

        PlanCheckContext.Duplicates(figures.Markets, m => m.Market, i => markets.Item(i, figures.Markets[i].Market), m => $"figures for market {m.Market}", context.Add);
    }

    private void Figures(double? cost, double? meanDays, double? onTime, FieldPath path)
    {
        if (cost is { } c)
        {
            context.Range(c, path.Field("cost_per_parcel"), 0, double.MaxValue);
        }

        if (meanDays is { } d)
        {
            context.Range(d, path.Field("mean_days"), 0, double.MaxValue);
        }

        if (onTime is { } p)
        {
            context.Range(p, path.Field("on_time_probability"), 0, 1);
        }
    }
}
