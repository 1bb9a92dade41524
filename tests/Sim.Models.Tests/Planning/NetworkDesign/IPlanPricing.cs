using Sim.Models.Planning.NetworkDesign;

namespace Sim.Models.Tests.Planning.NetworkDesign;

/// <summary>What <see cref="PlanEnumeration"/> prices a plan with: per route, per service target and per order cycle of a stock option.</summary>
internal interface IPlanPricing
{
    /// <summary>Expected cost per order on <paramref name="route"/>, delay cost (value of time, late penalty) included.</summary>
    double PerOrder(PlanningProblem problem, RouteOption route);

    /// <summary>Expected days from order to delivery on <paramref name="route"/>.</summary>
    double MeanDays(PlanningProblem problem, RouteOption route);

    /// <summary>What one order on <paramref name="route"/> adds to <paramref name="target"/>: its chance of delivering within the days, or its mean days.</summary>
    double ServiceValue(PlanningProblem problem, ServiceTarget target, RouteOption route);

    /// <summary>Every order cycle the plan may choose for <paramref name="stock"/> replenished by its option <paramref name="mode"/>.</summary>
    IEnumerable<CycleQuote> Cycles(PlanningProblem problem, StockOption stock, int mode);
}
