using Sim.Models.Kpis;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// The damped update of the loop's corrections after a plan was simulated. For each KPI group (mode,
/// market) the plan sends orders to, the target correction is what the simulation measured minus the
/// plan's figure without its current correction (order-weighted over the group's routes; the cost with
/// the shared costs the plan allocates to them: stock, shipments, departures, fixed costs); the new
/// correction moves a share α (the damping) of the way from the current one to the target, so that
/// plans do not oscillate between routes. A group whose planned orders per day held within
/// <see cref="SteadyFlow"/> of the previous round's was measured under the same routing, so its
/// correction moves all the way. Mean days, on-time rates and costs per order are corrected for every
/// group. A group with fewer than <see cref="MinOrders"/> orders per replication keeps its correction,
/// and so does a group of which more than <see cref="MaxFallbackShare"/> of the orders are warehouse
/// stock-outs falling back to it (they are not the orders its routes plan for). Each stocked class's
/// safety stock is linearised next at its planned flow, damped the same way. Service targets are not
/// corrected here but tightened (<see cref="TargetTightening"/>). Stateless.
/// </summary>
public static class AdjustmentUpdate
{
    /// <summary>Fewest orders per replication a group needs for its measurement to move its correction.</summary>
    public const double MinOrders = 20;

    /// <summary>Largest share of a group's orders that may be fallbacks from warehouses for its measurement to count.</summary>
    public const double MaxFallbackShare = 0.02;

    /// <summary>Largest relative change of a group's planned orders per day from the previous round for its routing to count as unchanged.</summary>
    public const double SteadyFlow = 0.02;

    /// <summary>The corrections for the next round.</summary>
    /// <param name="solution">The round's solution (its problem carries the current corrections).</param>
    /// <param name="simulated">The simulated KPIs of its plan.</param>
    /// <param name="damping">α in (0, 1]: the share of the way to the measured correction where the routing moved.</param>
    /// <param name="previous">The previous round's solution, null in the first round.</param>
    /// <returns>The new corrections.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="damping"/> is outside (0, 1].</exception>
    public static PlanningAdjustments Next(NetworkDesignSolution solution, KpiSummary simulated, double damping, NetworkDesignSolution? previous = null)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(simulated);
        if (!(damping > 0 && damping <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(damping), damping, "The damping must be in (0, 1].");
        }

        var problem = solution.Problem;
        var current = problem.Adjustments;
        var routes = new Dictionary<(string Mode, string Market), RouteCorrection>(current.Routes);
        var before = previous is null ? null : GroupFlows(previous);
        foreach (var group in problem.Routes.Where(r => solution.Shares[r.Index] > 0).GroupBy(r => (r.Mode, problem.Segments[r.Segment].Market)))
        {
            string key = GroupKey.Of(GroupDimension.Mode, group.Key.Mode).With(GroupDimension.Market, group.Key.Market).ToString();
            var measured = SimulatedFigures.From(simulated, key);
            if (measured is null || measured.Orders < MinOrders || simulated.Find(key, "fallback_share")?.Mean > MaxFallbackShare)
            {
                continue;
            }

            var now = current.For(group.Key.Mode, group.Key.Market);
            double orders = group.Sum(r => Flow(problem, solution, r));
            double Planned(Func<RouteOption, double> figure) => group.Sum(r => Flow(problem, solution, r) * figure(r)) / orders;
            double was = before?.GetValueOrDefault(group.Key) ?? 0;
            double alpha = Math.Abs(orders - was) <= SteadyFlow * orders ? 1 : damping;
            double Damped(double correction, double target) => double.IsFinite(target) ? correction + (alpha * (target - correction)) : correction;
            routes[group.Key] = new RouteCorrection(
                Damped(now.MeanDays, measured.MeanDays - Planned(r => r.MeanDays - now.MeanDays)),
                Damped(now.OnTime, measured.OnTime - Planned(r => r.OnTimeProbability - now.OnTime)),
                Damped(now.CostPerOrder, measured.CostPerOrder - Planned(r => solution.OrderCosts[r.Index] - now.CostPerOrder)));
        }

        var references = new Dictionary<(string Warehouse, string ProductClass), double>(current.ReferenceUnitsPerDay);
        foreach (var stock in solution.Stock.Where(s => s.UnitsPerDay > 0))
        {
            var option = problem.StockOptions[stock.StockOption];
            double reference = option.ReferenceUnitsPerDay;
            references[(problem.Warehouses[option.Warehouse].Id, option.ProductClass)] = reference + (damping * (stock.UnitsPerDay - reference));
        }

        return current with { Routes = routes, ReferenceUnitsPerDay = references };
    }

    /// <summary>Planned orders per day by KPI group (mode, market).</summary>
    private static Dictionary<(string Mode, string Market), double> GroupFlows(NetworkDesignSolution solution) =>
        solution.Problem.Routes.GroupBy(r => (r.Mode, solution.Problem.Segments[r.Segment].Market))
            .ToDictionary(g => g.Key, g => g.Sum(r => Flow(solution.Problem, solution, r)));

    private static double Flow(PlanningProblem problem, NetworkDesignSolution solution, RouteOption route) =>
        problem.Segments[route.Segment].OrdersPerDay * solution.Shares[route.Index];
}
