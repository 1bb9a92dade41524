using Sim.Models.Flow.Compilation;
using Sim.Models.Planning.NetworkDesign;
using Sim.Models.Planning.Plans;
using Sim.Models.Scenarios;
using Sim.Models.Tests.Flow;

namespace Sim.Models.Tests.Planning.NetworkDesign;

public sealed class PlanningProblemTests
{
    private static readonly Lazy<PlanningProblem> Baseline = new(() => PlanningProblem.From(BaselineScenario.Value));

    private static readonly PlanningProblem Small = PlanningProblem.From(PlanningScenarios.TwoClasses(PlanningSettings.Default));

    [Fact]
    public void From_FlatDemand_B2cAndB2bSegmentsAtTheirRates()
    {
        var gadgets = Small.Segments.Where(s => s.ProductClass == "gadget").ToList();

        Assert.Equal([OrderSegment.B2c, OrderSegment.B2b], gadgets.Select(s => s.Segment));
        Assert.Equal(180, gadgets[0].OrdersPerDay, 9);
        Assert.Equal(20, gadgets[1].OrdersPerDay, 9);
        Assert.Equal(10, gadgets[1].Units);
        Assert.Equal(240, gadgets[0].PromiseHours);
    }

    [Fact]
    public void From_PostalLimitOfTwoKilograms_NoPostalRouteForFiveKilogramB2bOrders()
    {
        var b2b = Small.Segments.Single(s => s.Segment == OrderSegment.B2b);

        Assert.Equal(["express", "owh"], Small.RoutesOf(b2b.Index).Select(k => Small.Routes[k].Mode).Order());
    }

    [Fact]
    public void From_ExpressRoute_FiguresAreTheRouteExpectation()
    {
        var express = Small.Routes.First(r => r.Mode == "express" && Small.Segments[r.Segment].ProductClass == "gadget");
        var expectation = express.Expectation;

        // Pickup 1 + line-haul 10 + 4/kg × 0.5 kg + last mile 3 = 16 on the legs each parcel reaches; the value is under the de minimis.
        Assert.Equal(expectation.ExpectedCost.Total, express.CostPerOrder, 12);
        Assert.InRange(express.CostPerOrder, 16 * 0.998, 16);
        Assert.Equal(TestScenarios.ExpressDays, express.MeanDays, 9);
        Assert.Equal(expectation.ArrivesWithin(240), express.OnTimeProbability, 12);
    }

    [Fact]
    public void From_Baseline_WarehouseRoutesForEveryClassOfTheirMarket()
    {
        var problem = Baseline.Value;

        // The GB warehouse stocks only electronics in the scenario; a plan may stock apparel and home there too.
        var gb = problem.Warehouses.Single(w => w.Id == "gb-warehouse");
        var classes = problem.StockOptions.Where(o => o.Warehouse == gb.Index).Select(o => o.ProductClass).Order();
        Assert.Equal(["apparel", "electronics", "home"], classes);
    }

    [Fact]
    public void From_Baseline_StationsAndSharedDepartures()
    {
        var problem = Baseline.Value;

        var quota = problem.Stations.Single(s => s.Name == "quota=postal/exchange (parcels/day)");
        Assert.Equal(20_000 * 0.9, quota.Capacity, 9);
        Assert.All(quota.Loads, l => Assert.Equal("postal", problem.Routes[l.Route].Mode));
        var truck = problem.Departures.Single(d => d.Name == "line=border-ru/border-truck/RU");
        Assert.Equal(400, truck.CostPerDay, 9);
    }

    [Fact]
    public void From_LaneNoModeTakes_ThrowsNamingTheLane()
    {
        var scenario = PlanningScenarios.TwoClasses(PlanningSettings.Default) with { Warehouses = [] };
        scenario = scenario with { Modes = [.. scenario.Modes.Select(m => m.Id == "express" ? m with { MaxWeightKg = 2 } : m)] };

        var exception = Assert.Throws<PlanningInfeasibleException>(() => PlanningProblem.From(scenario));

        Assert.Equal("lane cn/US/gadget/b2b", Assert.Single(exception.Shortfalls).Subject);
    }

    [Fact]
    public void From_SameCatalogueTwice_SameFigures()
    {
        var catalogue = RouteCatalogue.Of(BaselineScenario.Value);

        var first = PlanningProblem.From(catalogue);
        var second = PlanningProblem.From(catalogue, new PlanningAdjustments { Routes = new Dictionary<(string, string), RouteCorrection> { [("postal", "US")] = new(1, -0.1, 2) } });

        var postalFirst = first.Routes.First(r => r.Mode == "postal" && first.Segments[r.Segment].Market == "US");
        var postalSecond = second.Routes[postalFirst.Index];
        Assert.Equal(postalFirst.MeanDays + 1, postalSecond.MeanDays, 9);
        Assert.Equal(postalFirst.OnTimeProbability - 0.1, postalSecond.OnTimeProbability, 9);
        Assert.Equal(postalFirst.CostPerOrder + 2, postalSecond.CostPerOrder, 9);
        Assert.Same(postalFirst.Expectation.Route, postalSecond.Expectation.Route);
        Assert.IsType<CompiledRoute>(postalSecond.Expectation.Route);
    }
}
