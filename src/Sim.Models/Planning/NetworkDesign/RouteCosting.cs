using Sim.Models.Demand;
using Sim.Models.Flow.Compilation;
using Sim.Models.Planning.Plans;
using Sim.Models.Scenarios;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// The per-order figures of a route option: leg costs, duties and taxes averaged over the measured
/// orders, expected returns (B2C orders that arrive return at the class's rate), mean days and
/// on-time probability, each plus the loop's correction. Used by one builder.
/// </summary>
internal sealed class RouteCosting(Scenario scenario, PlanningAdjustments adjustments, MeasuredDays days, Dictionary<(string Market, string ProductClass), double> returnCosts)
{
    private readonly Dictionary<string, ProductClass> _classes = scenario.ProductClasses.ToDictionary(p => p.Id, StringComparer.Ordinal);

    public RouteOption Option(int index, DemandSegment segment, DemandStreamSpec stream, RouteExpectation expectation, int stockOption)
    {
        var product = _classes[segment.ProductClass];
        var correction = adjustments.For(expectation.Route.Mode.Id, segment.Market);
        double duties = days.OrderAverage([stream], expectation.ExpectedDutiesAndTaxes);
        double returns = segment.Segment == OrderSegment.B2b ? 0
            : expectation.ArrivalProbability * product.ReturnRate * returnCosts.GetValueOrDefault((segment.Market, segment.ProductClass));
        double cost = expectation.ExpectedCost.Total + duties + returns + correction.CostPerOrder;
        double meanDays = Math.Max(0, (expectation.MeanDeliveryHours / 24) + correction.MeanDays);
        double onTime = Math.Clamp(expectation.ArrivesWithin(segment.PromiseHours) + correction.OnTime, 0, 1);
        return new RouteOption(index, segment.Index, expectation.Route.Mode.Id, expectation.Route.Warehouse, stockOption, expectation, Math.Max(0, cost), meanDays, onTime);
    }
}
