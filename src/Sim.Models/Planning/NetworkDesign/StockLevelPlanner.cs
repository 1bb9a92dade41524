using Sim.Models.Inventory;
using Sim.Models.Planning.Plans;
using Sim.Models.Planning.StockLevels;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// Sets the stock levels of each stocked (warehouse, class) of a solution, exactly for the textbook
/// model of a daily periodic review: demand per day Poisson with the planned mean, a lead time of
/// the replenishment route's mean days (rounded), an order cost K of a shipment (its per-shipment
/// costs, fees and the containers the MIP planned), holding h and shortage p per unit per day. An
/// (s,S) policy reviewed daily comes from Zheng and Federgruen's algorithm; where the plan kept the
/// scenario's base-stock (R,S) review, the best S for that R. Demand is counted in packs of
/// k units, with k = max(the dispersion of the lead-time demand, what keeps the economic order
/// quantity within 400 packs), so that Poisson packs match the variance added by B2B orders and by a
/// variable lead time, and the exact algorithm stays fast. An optimal s below 0 is raised to 0 (a
/// plan, like a scenario, takes no negative reorder point; it then holds slightly more). A simulation
/// of the plan starts mid-cycle: (s + S)/2 on hand for (s,S), S − λR/2 for (R,S). Stateless
/// and thread-safe.
/// </summary>
public static class StockLevelPlanner
{
    /// <summary>The most packs an economic order quantity may span before packs grow.</summary>
    public const double MaxOrderPacks = 400;

    /// <summary>The levels of every stocked (warehouse, class) of <paramref name="solution"/> with a positive flow, in solution order.</summary>
    /// <param name="solution">A network-design solution.</param>
    /// <returns>The levels.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="solution"/> is null.</exception>
    public static IReadOnlyList<StockLevelPlan> Plan(NetworkDesignSolution solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var problem = solution.Problem;
        return [.. solution.Stock.Where(s => s.UnitsPerDay > 0).Select(decision => Levels(problem, decision))];
    }

    private static StockLevelPlan Levels(PlanningProblem problem, StockDecision decision)
    {
        var option = problem.StockOptions[decision.StockOption];
        var replenishment = option.Replenishment[decision.Replenishment];
        var warehouse = problem.Warehouses[option.Warehouse];
        double lambda = decision.UnitsPerDay;
        int lead = Math.Max(0, (int)Math.Round(replenishment.LeadTimeDays));
        double h = Math.Max(option.HoldingCostPerUnitDay, 1e-6);
        double p = Math.Clamp(option.ShortageCostPerUnitDay, h / 1e5, h * 1e5);
        double order = replenishment.Rates.PerShipment + replenishment.DutyPerShipment
            + replenishment.Rates.Containers.Select(c => c.FreightOf(decision.UnitsPerDay * decision.CycleDays * option.UnitVolumeM3)).Sum();
        double dispersion = option.DemandDispersion + (lambda * replenishment.LeadTimeVarianceDays2 / (lead + 1));
        double eoq = Math.Sqrt(2 * order * lambda * ((1 / h) + (1 / p)));
        int pack = (int)Math.Max(1, Math.Max(Math.Round(dispersion), Math.Ceiling(eoq / MaxOrderPacks)));
        pack = (int)Math.Max(pack, Math.Ceiling(lambda * (lead + 1) / (PeriodicReviewProblem.MaxLeadTimeDemand / 10)));
        var model = new PeriodicReviewProblem
        {
            MeanDemand = Math.Max(lambda / pack, PeriodicReviewProblem.MinMeanDemand),
            OrderCost = order,
            HoldingCost = h * pack,
            BackorderCost = p * pack,
            LeadTimePeriods = lead,
        };

        PlannedStockPolicy policy;
        double cost;
        if (decision.BaseStock)
        {
            int review = Math.Clamp((int)Math.Round(decision.CycleDays), 1, BaseStockLevel.MaxReviewPeriods);
            var best = BaseStockLevel.Optimise(model, review);
            int orderUpTo = Math.Max(1, best.OrderUpTo * pack);
            policy = new PlannedStockPolicy
            {
                ProductClass = option.ProductClass,
                Kind = StockPolicyKind.BaseStock,
                OrderUpTo = orderUpTo,
                ReviewPeriodDays = review,
                FallbackMode = option.FallbackMode,
                InitialStock = Math.Max(0, Math.Round(orderUpTo - (lambda * review / 2))),
            };
            cost = best.CostPerPeriod;
        }
        else
        {
            var best = ZhengFedergruen.Optimise(model);
            int s = Math.Max(0, best.ReorderPoint * pack);
            int orderUpTo = Math.Max(s + 1, best.OrderUpTo * pack);
            policy = new PlannedStockPolicy { ProductClass = option.ProductClass, Kind = StockPolicyKind.MinMax, ReorderPoint = s, OrderUpTo = orderUpTo, ReviewPeriodDays = 1, FallbackMode = option.FallbackMode };
            cost = best.CostPerPeriod;
        }

        return new StockLevelPlan(warehouse.Id, policy, lambda, lead, order, h, p, pack, p / (p + h), cost);
    }
}
