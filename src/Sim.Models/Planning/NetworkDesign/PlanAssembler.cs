using System.Globalization;
using Sim.Engine.Optimisation;
using Sim.Models.Planning.Plans;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// Writes a network-design solution and its stock levels as a <see cref="Plan"/>: one lane per
/// demand stream (or B2C and B2B sub-lanes when they are routed differently) with the routes of
/// positive share, the open warehouses that stock something with their replenishment mode and levels,
/// and the expected figures overall and per market. Stateless and thread-safe.
/// </summary>
public static class PlanAssembler
{
    /// <summary>The plan of <paramref name="solution"/> with <paramref name="levels"/>.</summary>
    /// <param name="solution">A network-design solution.</param>
    /// <param name="levels">The stock levels of its stocked classes (<see cref="StockLevelPlanner.Plan"/>).</param>
    /// <returns>The plan, valid for the solution's scenario.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Plan Assemble(NetworkDesignSolution solution, IReadOnlyList<StockLevelPlan> levels)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(levels);
        var problem = solution.Problem;
        var lanes = new List<LanePlan>();
        foreach (var stream in problem.Segments.GroupBy(s => (s.Origin, s.Market, s.ProductClass)))
        {
            var segments = stream.ToList();
            var shares = segments.Select(s => Shares(solution, s)).ToList();
            LanePlan Lane(OrderSegment segment, ValueList<RouteShare> routes) =>
                new() { Origin = stream.Key.Origin, Market = stream.Key.Market, ProductClass = stream.Key.ProductClass, Segment = segment, Shares = routes };
            if (segments.Count == 1 || shares[0].Equals(shares[1]))
            {
                lanes.Add(Lane(OrderSegment.All, shares[0]));
            }
            else
            {
                lanes.AddRange(segments.Select((s, i) => Lane(s.Segment, shares[i])));
            }
        }

        var byWarehouse = levels.ToLookup(l => l.Warehouse, StringComparer.Ordinal);
        var classes = problem.Scenario.ProductClasses.Select(p => p.Id).ToList();
        var warehouses = new List<WarehousePlan>();
        foreach (var warehouse in problem.Warehouses.Where(w => solution.OpenWarehouses[w.Index] && byWarehouse[w.Id].Any()))
        {
            var mode = solution.Stock.First(s => problem.StockOptions[s.StockOption].Warehouse == warehouse.Index).ReplenishmentMode;
            var policies = byWarehouse[warehouse.Id].Select(l => l.Policy).OrderBy(p => classes.IndexOf(p.ProductClass));
            warehouses.Add(new WarehousePlan { Id = warehouse.Id, ReplenishmentMode = mode, Policies = policies.ToValueList() });
        }

        return new Plan
        {
            Scenario = problem.Scenario.Name,
            Description = Describe(solution),
            Lanes = lanes.ToValueList(),
            Warehouses = warehouses.ToValueList(),
            Figures = new PlanFigures
            {
                CostPerParcel = Round(solution.Overall.CostPerOrder),
                MeanDays = Round(solution.Overall.MeanDays),
                OnTimeProbability = Round(solution.Overall.OnTimeProbability),
                Markets = solution.Markets.Select(m => new MarketFigures
                {
                    Market = m.Key,
                    CostPerParcel = Round(m.Value.CostPerOrder),
                    MeanDays = Round(m.Value.MeanDays),
                    OnTimeProbability = Round(m.Value.OnTimeProbability),
                }).ToValueList(),
            },
        };
    }

    private static ValueList<RouteShare> Shares(NetworkDesignSolution solution, DemandSegment segment) =>
        solution.Problem.RoutesOf(segment.Index)
            .Where(k => solution.Shares[k] > 0)
            .Select(k => new RouteShare { Mode = solution.Problem.Routes[k].Mode, Warehouse = solution.Problem.Routes[k].Warehouse, Share = solution.Shares[k] })
            .ToValueList();

    private static string Describe(NetworkDesignSolution solution) => solution.Status == SolveStatus.Optimal
        ? Invariant($"Planned by sim optimise: optimal (objective {solution.Result.Objective:0.##} per day, gap {solution.Gap:0.####})")
        : Invariant($"Planned by sim optimise: stopped at a limit, not proven optimal (objective {solution.Result.Objective:0.##} per day, bound {solution.Result.BestBound:0.##}, gap {solution.Gap:0.####})");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // Figures are estimates: six significant digits keep plan.yaml readable.
    private static double? Round(double value) => double.IsFinite(value) ? double.Parse(value.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : null;
}
