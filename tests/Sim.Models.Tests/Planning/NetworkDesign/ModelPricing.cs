using Sim.Models.Planning.NetworkDesign;

namespace Sim.Models.Tests.Planning.NetworkDesign;

/// <summary>
/// The MIP's own coefficients (<see cref="RouteOption"/>, <see cref="ServiceTarget"/>, <see cref="CycleCosts"/>):
/// enumeration priced with them checks the model's structure (linking, cycles, containers, storage,
/// fixed costs, stations and picking, service levels), not its figures; <see cref="HandPricing"/> checks those.
/// </summary>
internal sealed class ModelPricing : IPlanPricing
{
    public static ModelPricing Instance { get; } = new();

    public double PerOrder(PlanningProblem problem, RouteOption route) => route.CostPerOrder + problem.DelayCostPerOrder(route);

    public double MeanDays(PlanningProblem problem, RouteOption route) => route.MeanDays;

    public double ServiceValue(PlanningProblem problem, ServiceTarget target, RouteOption route) => target.Terms.Single(t => t.Route == route.Index).PerOrder;

    public IEnumerable<CycleQuote> Cycles(PlanningProblem problem, StockOption stock, int mode)
    {
        var choices = NetworkDesignOptions.DefaultCycleDays.Select(days => (days, BaseStock: false));
        if (stock.BaseStockReviewDays is { } review)
        {
            choices = choices.Append((review, BaseStock: true));
        }

        foreach (var (days, baseStock) in choices)
        {
            var cycle = CycleCosts.Of(stock, stock.Replenishment[mode], days, baseStock);
            yield return new CycleQuote(days, cycle.FixedPerDay, cycle.PerUnit, cycle.StockPerUnit, cycle.StockFixed, x => cycle.Containers.Sum(c => c.CostPerDayAt(x)));
        }
    }
}
