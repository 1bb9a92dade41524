using Sim.Models.Planning.NetworkDesign;

namespace Sim.Models.Tests.Planning.NetworkDesign;

/// <summary>
/// Brute force over every single-sourced plan of a small problem: one route per segment; for the stock
/// options the routes use, every (replenishment mode, order cycle) per option, whole containers per
/// shipment, each warehouse's storage (units and m³) shared by its options; a candidate warehouse's
/// fixed cost paid when a route uses it, any other's always; every station's load and service target
/// checked, and with a bound, the overall mean days. What routes and cycles cost comes from a
/// <see cref="IPlanPricing"/>: the MIP's own coefficients (<see cref="ModelPricing"/>: the enumeration checks
/// the MIP's structure) or figures worked out by hand (<see cref="HandPricing"/>: it checks the figures too).
/// </summary>
internal static class PlanEnumeration
{
    public static (double Cost, int[] Routes) Best(PlanningProblem problem) => Best(problem, ModelPricing.Instance);

    public static (double Cost, int[] Routes) Best(PlanningProblem problem, IPlanPricing pricing, double? maxMeanDays = null)
    {
        var best = (Cost: double.PositiveInfinity, Routes: Array.Empty<int>());
        var choice = new int[problem.Segments.Count];
        void Visit(int segment)
        {
            if (segment == choice.Length)
            {
                double cost = Cost(problem, pricing, choice, maxMeanDays);
                if (cost < best.Cost)
                {
                    best = (cost, [.. choice]);
                }

                return;
            }

            foreach (int route in problem.RoutesOf(segment))
            {
                choice[segment] = route;
                Visit(segment + 1);
            }
        }

        Visit(0);
        return best;
    }

    /// <summary>The cost of a route choice, or +∞ when it misses a service level or the mean-days bound, overloads a station or no cycles fit the storage.</summary>
    private static double Cost(PlanningProblem problem, IPlanPricing pricing, int[] choice, double? maxMeanDays)
    {
        var routes = choice.Select(k => problem.Routes[k]).ToList();
        foreach (var station in problem.Stations)
        {
            double load = station.Loads.Where(l => choice.Contains(l.Route)).Sum(l => problem.Segments[problem.Routes[l.Route].Segment].OrdersPerDay * l.PerOrder);
            if (load > station.Capacity + 1e-9)
            {
                return double.PositiveInfinity;
            }
        }

        double Orders(RouteOption route) => problem.Segments[route.Segment].OrdersPerDay;
        foreach (var target in problem.ServiceTargets)
        {
            double reached = target.Terms.Where(t => choice.Contains(t.Route)).Sum(t => Orders(problem.Routes[t.Route]) * pricing.ServiceValue(problem, target, problem.Routes[t.Route]));
            if (target.AtLeast ? reached < (target.Required * target.OrdersPerDay) - 1e-9 : reached > (target.Required * target.OrdersPerDay) + 1e-9)
            {
                return double.PositiveInfinity;
            }
        }

        if (maxMeanDays is { } bound && routes.Sum(r => Orders(r) * pricing.MeanDays(problem, r)) > (bound * routes.Sum(Orders)) + 1e-9)
        {
            return double.PositiveInfinity;
        }

        double cost = routes.Sum(r => Orders(r) * pricing.PerOrder(problem, r));
        var flows = routes.Where(r => r.FromStock).GroupBy(r => r.StockOption)
            .ToDictionary(g => g.Key, g => g.Sum(r => problem.Segments[r.Segment].UnitsPerDay));
        foreach (var warehouse in problem.Warehouses)
        {
            var options = flows.Keys.Where(j => problem.StockOptions[j].Warehouse == warehouse.Index).ToList();
            if (options.Count > 0)
            {
                cost += warehouse.FixedCostPerDay + BestCycles(problem, pricing, warehouse, options, flows);
            }
            else if (!warehouse.Candidate)
            {
                cost += warehouse.FixedCostPerDay;
            }
        }

        return cost;
    }

    /// <summary>The cheapest cycles for the warehouse's stock options that fit its storage, one mode for the warehouse.</summary>
    private static double BestCycles(PlanningProblem problem, IPlanPricing pricing, WarehouseOption warehouse, List<int> options, Dictionary<int, double> flows)
    {
        double best = double.PositiveInfinity;
        for (int mode = 0; mode < warehouse.ReplenishmentModes.Count; mode++)
        {
            var choices = options.Select(j => pricing.Cycles(problem, problem.StockOptions[j], mode)
                .Select(c => (Cost: c.CostAt(flows[j]), Stock: c.StockAt(flows[j]), Volume: problem.StockOptions[j].UnitVolumeM3)).ToList()).ToList();
            foreach (var combination in Product(choices))
            {
                bool fitsUnits = warehouse.CapacityUnits is not { } units || combination.Sum(c => c.Stock) <= units + 1e-9;
                bool fitsVolume = warehouse.CapacityM3 is not { } m3 || combination.Sum(c => c.Stock * c.Volume) <= m3 + 1e-9;
                if (fitsUnits && fitsVolume)
                {
                    best = Math.Min(best, combination.Sum(c => c.Cost));
                }
            }
        }

        return best;
    }

    private static IEnumerable<List<T>> Product<T>(List<List<T>> lists)
    {
        IEnumerable<List<T>> result = [[]];
        foreach (var list in lists)
        {
            result = result.SelectMany(prefix => list.Select(item => new List<T>(prefix) { item }));
        }

        return result;
    }
}
