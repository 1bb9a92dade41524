using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;
using Sim.Models.Network;

namespace Sim.Models.Tests.Flow.Compilation;

public sealed class RouteCompilerTests
{
    [Fact]
    public void Compile_Baseline_EveryLegTaggedWithTheStationItsCapacityAndTimetableCall()
    {
        var network = RouteCompiler.Compile(BaselineScenario.Value);

        var postal = network.FindRoute("postal", "shenzhen", "US")!;
        Assert.Equal(
            [StationKind.Delay, StationKind.DailyQuota, StationKind.Delay, StationKind.Departure, StationKind.Delay, StationKind.Delay],
            postal.Legs.Select(l => l.Station));

        // The express hub uses the airport's two servers; its line-haul never holds them.
        var express = network.FindRoute("express", "shenzhen", "US")!;
        Assert.Equal(StationKind.ServerPool, express.Legs.Single(l => l.Spec.Id == "hub").Station);
        Assert.Equal(StationKind.Departure, express.Legs.Single(l => l.Spec.Kind == LegKind.LinehaulAir).Station);
        Assert.True(express.Legs.Single(l => l.Spec.Kind == LegKind.LinehaulAir).TravelsAfterDeparture);
        Assert.Equal(GroupKey.Parse("mode=express;market=US"), express.Group);
    }

    [Fact]
    public void Compile_Baseline_LaneTransitTimeAndRateCardsResolved()
    {
        var network = RouteCompiler.Compile(BaselineScenario.Value);
        var scenario = BaselineScenario.Value;

        // The lanes table gives postal to BR a 9-day line-haul; the rate cards replace leg costs per market.
        var postalBr = network.FindRoute("postal", "shenzhen", "BR")!;
        Assert.Equal(9 * 24, postalBr.Legs.Single(l => l.Spec.Kind.IsLinehaul()).Time.MeanHours, 9);
        foreach (var card in scenario.RateCards)
        {
            var route = network.Routes.FirstOrDefault(r => r.Mode.Id == card.Mode && r.Market == card.Market);
            if (route is not null)
            {
                Assert.Equal(card.Cost, route.Legs.Single(l => l.Spec.Id == card.Leg).Cost);
            }
        }
    }

    [Fact]
    public void Compile_TwiceOrOnceForManyReplications_SameRoutesAndGroups()
    {
        var first = RouteCompiler.Compile(BaselineScenario.Value);
        var second = RouteCompiler.Compile(BaselineScenario.Value);

        Assert.Equal(first.Groups, second.Groups);
        Assert.Equal(first.Routes.Select(r => (r.Mode.Id, r.Origin, r.Market)), second.Routes.Select(r => (r.Mode.Id, r.Origin, r.Market)));
    }

    [Fact]
    public void OfferedRoutes_Baseline_EveryLaneEveryWarehouseAndItsReplenishment()
    {
        var scenario = BaselineScenario.Value;

        var routes = RouteCompiler.OfferedRoutes(scenario);

        Assert.Equal(scenario.Lanes.Count + (2 * scenario.Warehouses.Count), routes.Count);
        Assert.All(routes, r => Assert.True(r.LaneExists));
        Assert.Contains(routes, r => r.Mode.Id == "express" && r.Origin == "yiwu" && r.Market == "GB");
        var owhUs = routes.Single(r => r.Mode.Id == "owh" && r.Market == "US");
        Assert.Equal("us-la-warehouse", owhUs.Origin);
        Assert.Equal(["electronics", "home"], owhUs.StockedClasses.Order());
    }

    [Fact]
    public void OfferedRoutes_TestScenario_NoSimulatorAndExpectationsForEachClass()
    {
        var scenario = TestScenarios.Direct();

        var expectations = RouteCompiler.OfferedRoutes(scenario).Select(r => RouteExpectation.For(r, scenario.ProductClasses[0])).ToList();

        Assert.Equal(["express", "postal"], expectations.Select(e => e.Route.Mode.Id));
        Assert.True(expectations[0].MeanDeliveryHours < expectations[1].MeanDeliveryHours);
    }
}
