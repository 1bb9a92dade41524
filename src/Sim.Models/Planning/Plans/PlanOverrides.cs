using Sim.Models.Flow;
using Sim.Models.Inventory;
using Sim.Models.Scenarios;

namespace Sim.Models.Planning.Plans;

/// <summary>
/// Maps a <see cref="Plan"/> onto the flow model's seam (<see cref="FlowOverrides"/>) so that the
/// scenario simulates under it: each lane's shares become its demand stream's routing (B2C and B2B
/// apart when the plan splits them), scenario warehouses the plan does not list are closed, open ones
/// take the plan's replenishment mode and exactly its stock policies (stock starts at the policy's
/// <see cref="PlannedStockPolicy.StartingStock"/>; a stock-out falls back to the policy's <see cref="PlannedStockPolicy.FallbackMode"/>, else does
/// what the scenario's policy for that class there does, else waits), and dedicated lines depart as
/// often as the plan says. Stateless and thread-safe.
/// </summary>
public static class PlanOverrides
{
    /// <summary>The overrides that make <paramref name="scenario"/> run under <paramref name="plan"/>.</summary>
    /// <param name="plan">A plan valid for the scenario (see <see cref="PlanValidator"/>).</param>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The overrides.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FlowOverrides For(Plan plan, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenario);
        var routing = new Dictionary<(string Origin, string Market, string ProductClass), StreamRouting>();
        foreach (var stream in plan.Lanes.GroupBy(l => (l.Origin, l.Market, l.ProductClass)))
        {
            IReadOnlyList<RoutedShare> Shares(LanePlan lane) => [.. lane.Shares.Select(s => new RoutedShare(s.Mode, s.Warehouse, s.Share))];
            var whole = stream.FirstOrDefault(l => l.Segment == OrderSegment.All);
            var b2c = stream.FirstOrDefault(l => l.Segment == OrderSegment.B2c);
            var b2b = stream.FirstOrDefault(l => l.Segment == OrderSegment.B2b);
            routing[stream.Key] = whole is not null
                ? new StreamRouting { B2c = Shares(whole) }
                : new StreamRouting { B2c = Shares(b2c ?? b2b!), B2b = b2b is null ? null : Shares(b2b) };
        }

        var open = plan.Warehouses.ToDictionary(w => w.Id, StringComparer.Ordinal);
        var stock = new Dictionary<string, IReadOnlyList<StockPolicy>>(StringComparer.Ordinal);
        var replenishment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var warehouse in scenario.Warehouses.Where(w => open.ContainsKey(w.Id)))
        {
            var planned = open[warehouse.Id];
            stock[warehouse.Id] = [.. planned.Policies.Select(p => Policy(p, warehouse.Policies.FirstOrDefault(s => s.ProductClass == p.ProductClass)))];
            if (planned.ReplenishmentMode != warehouse.ReplenishmentMode)
            {
                replenishment[warehouse.Id] = planned.ReplenishmentMode;
            }
        }

        return new FlowOverrides
        {
            Routing = routing,
            ClosedWarehouses = scenario.Warehouses.Where(w => !open.ContainsKey(w.Id)).Select(w => w.Id).ToHashSet(StringComparer.Ordinal),
            WarehouseStock = stock,
            ReplenishmentModes = replenishment,
            WeeklyDepartures = plan.DedicatedLines.ToDictionary(l => l.Mode, l => l.WeeklyDepartures, StringComparer.Ordinal),
        };
    }

    private static StockPolicy Policy(PlannedStockPolicy planned, StockPolicy? scenario)
    {
        var onStockOut = planned.FallbackMode is not null ? StockOutAction.FallbackToMode : scenario?.OnStockOut ?? StockOutAction.Backorder;
        return new StockPolicy
        {
            ProductClass = planned.ProductClass,
            Kind = planned.Kind,
            ReorderPoint = planned.ReorderPoint ?? 0,
            OrderUpTo = planned.OrderUpTo,
            ReviewPeriodDays = planned.ReviewPeriodDays,
            InitialStock = planned.StartingStock,
            OnStockOut = onStockOut,
            FallbackMode = onStockOut == StockOutAction.FallbackToMode ? planned.FallbackMode ?? scenario?.FallbackMode : null,
        };
    }
}
