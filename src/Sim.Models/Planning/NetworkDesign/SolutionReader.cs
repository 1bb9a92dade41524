using Sim.Engine.Optimisation;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>Reads a solve of a <see cref="NetworkDesignModel"/> into a <see cref="NetworkDesignSolution"/>. Stateless.</summary>
internal static class SolutionReader
{
    /// <summary>Shares below this are dropped (solver tolerances leave dust).</summary>
    private const double ShareDust = 1e-6;

    public static NetworkDesignSolution Read(NetworkDesignModel design, SolveResult result)
    {
        var problem = design.Problem;
        var v = design.Variables;
        double Value(int column) => result.Values[column];
        var shares = new double[problem.Routes.Count];
        foreach (var segment in problem.Segments)
        {
            var routes = problem.RoutesOf(segment.Index);
            double sum = routes.Sum(k => Value(v.Share[k]) >= ShareDust ? Value(v.Share[k]) : 0);
            foreach (int k in routes)
            {
                shares[k] = Value(v.Share[k]) >= ShareDust ? Math.Min(1, Value(v.Share[k]) / sum) : 0;
            }
        }

        // Binaries come back within the solver's integer tolerance of 0 or 1.
        var open = problem.Warehouses.Select(w => Value(v.Open[w.Index]) > 0.5).ToArray();
        var stock = new List<StockDecision>();
        foreach (var option in problem.StockOptions.Where(o => Value(v.Stocked[o.Index]) > 0.5))
        {
            var cycle = v.Cycles.Where(c => c.StockOption == option.Index).MaxBy(c => Value(c.Chosen))!;
            double flow = v.Cycles.Where(c => c.StockOption == option.Index).Sum(c => Value(c.Flow));
            var containers = cycle.Containers.Select(Value).ToList();
            double cost = cycle.Costs.FixedPerDay + ((cycle.Costs.PerUnit - cycle.Costs.PipelinePerUnit) * flow)
                + cycle.Costs.Containers.Select((c, i) => c.CostPerDay * containers[i]).Sum()
                + cycle.Lcl.Where(column => column >= 0).Sum(Value);
            stock.Add(new StockDecision(option.Index, flow, option.Replenishment[cycle.Replenishment].Mode, cycle.Replenishment, cycle.Costs.CycleDays, containers, cost, cycle.Costs.PipelinePerUnit * flow, cycle.Costs.BaseStock));
        }

        var orderCost = OrderCosts(problem, shares, open, stock);
        var markets = problem.Segments.Select(s => s.Market).Distinct(StringComparer.Ordinal)
            .ToDictionary(m => m, m => Figures(problem, shares, orderCost, r => problem.Segments[r.Segment].Market == m), StringComparer.Ordinal);
        double delay = problem.Routes.Sum(r => problem.Segments[r.Segment].OrdersPerDay * shares[r.Index] * problem.DelayCostPerOrder(r));
        return new NetworkDesignSolution(design, result, shares, open, stock, orderCost, markets, Figures(problem, shares, orderCost, _ => true), delay);
    }

    /// <summary>
    /// The cost per order of each route with the shared costs allocated: a stock option's cost per
    /// unit drawn, times the order's units; a line's departure charges and a warehouse's fixed cost over
    /// their orders.
    /// </summary>
    private static double[] OrderCosts(PlanningProblem problem, double[] shares, bool[] open, List<StockDecision> stock)
    {
        var costs = problem.Routes.Select(r => r.CostPerOrder).ToArray();
        var perUnit = stock.ToDictionary(s => s.StockOption, s => s.UnitsPerDay > 0 ? s.CostPerDay / s.UnitsPerDay : 0);
        var ordersAt = new double[problem.Warehouses.Count];
        foreach (var route in problem.Routes.Where(r => r.FromStock))
        {
            var segment = problem.Segments[route.Segment];
            costs[route.Index] += segment.Units * perUnit.GetValueOrDefault(route.StockOption);
            ordersAt[problem.StockOptions[route.StockOption].Warehouse] += segment.OrdersPerDay * shares[route.Index];
        }

        foreach (var line in problem.Departures)
        {
            double orders = line.Routes.Sum(k => problem.Segments[problem.Routes[k].Segment].OrdersPerDay * shares[k]);
            foreach (int k in line.Routes.Where(_ => orders > 0))
            {
                costs[k] += line.CostPerDay / orders;
            }
        }

        foreach (var route in problem.Routes.Where(r => r.FromStock))
        {
            var warehouse = problem.Warehouses[problem.StockOptions[route.StockOption].Warehouse];
            if (open[warehouse.Index] && ordersAt[warehouse.Index] > 0)
            {
                costs[route.Index] += warehouse.FixedCostPerDay / ordersAt[warehouse.Index];
            }
        }

        return costs;
    }

    private static PlannedFigures Figures(PlanningProblem problem, double[] shares, double[] orderCost, Func<RouteOption, bool> include)
    {
        double orders = 0;
        double cost = 0;
        double days = 0;
        double onTime = 0;
        foreach (var route in problem.Routes.Where(include))
        {
            double flow = problem.Segments[route.Segment].OrdersPerDay * shares[route.Index];
            orders += flow;
            cost += flow * orderCost[route.Index];
            days += flow * route.MeanDays;
            onTime += flow * route.OnTimeProbability;
        }

        return orders > 0 ? new PlannedFigures(orders, cost / orders, days / orders, onTime / orders) : new PlannedFigures(0, double.NaN, double.NaN, double.NaN);
    }
}
