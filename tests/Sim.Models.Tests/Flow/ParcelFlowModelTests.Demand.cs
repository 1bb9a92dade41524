using Sim.Models.Demand;
using Sim.Models.Kpis;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Flow;

public sealed partial class ParcelFlowModelTests
{
    // Order counts are Poisson: with mean m the standard deviation is sqrt(m), and every tolerance
    // below is five standard deviations (a false alarm about once in 3.5 million runs).
    private static void AssertPoisson(double expected, long actual) =>
        Assert.InRange(actual, expected - (5 * Math.Sqrt(expected)), expected + (5 * Math.Sqrt(expected)));

    [Fact]
    public void Run_ConstantRate_OrdersArePoissonWithRateTimesHorizon()
    {
        AssertPoisson(200 * 30, Run(TestScenarios.Direct()).Group("all")!.Orders);
    }

    [Fact]
    public void Run_WeeklyPatternAndPeak_ScaleTheRate()
    {
        var scenario = TestScenarios.Direct();
        var stream = scenario.DemandStreams[0];

        // 2025-04-01 is a Tuesday: April holds 4 Mondays (factor 0) and 26 other days (factor 1.4);
        // a peak doubles the rate on 2025-04-10 to 2025-04-19 (ten days, one Monday among them).
        var shaped = scenario with
        {
            DemandStreams =
            [
                stream with
                {
                    WeeklyPattern = [0, 1.4, 1.4, 1.4, 1.4, 1.4, 1.4],
                    Peaks = [new SalesPeak { Name = "sale", From = new DateOnly(2025, 4, 10), To = new DateOnly(2025, 4, 19), Multiplier = 2 }],
                },
            ],
        };

        AssertPoisson(200 * 1.4 * (26 + 9), Run(shaped).Group("all")!.Orders);
    }

    [Fact]
    public void Run_WarmUp_OnlyLaterOrdersCount()
    {
        var kpis = Run(TestScenarios.Direct() with { WarmUpDays = 10 });

        AssertPoisson(200 * 20, kpis.Group("all")!.Orders);
        Assert.True(kpis.ParcelsSimulated > kpis.Group("all")!.Orders, "warm-up orders are simulated too");
    }

    [Fact]
    public void Run_B2bShare_BulkOrdersCarryTheirUnitsWeight()
    {
        var scenario = TestScenarios.Direct();
        var b2b = scenario with { DemandStreams = [scenario.DemandStreams[0] with { B2bShare = 1, B2bUnitsPerOrder = 10 }] };

        var express = Run(b2b).Group("mode=express")!;

        // pickup 1 + linehaul 10 + 4/kg x 5 kg + last mile 3.
        Assert.Equal(34.0, express.TotalCost / express.Orders, 9);
    }

    [Fact]
    public void Run_EveryOrderReturnedToOrigin_CycleTimeAndCostOfTheReverseLeg()
    {
        var scenario = TestScenarios.Direct();
        var reverse = new Mode
        {
            Id = "back",
            Name = "back",
            Kind = ModeKind.Reverse,
            Legs = [TestScenarios.Leg("back", LegKind.ReturnLeg, TestScenarios.Days(10), new LegCost { PerParcel = 3 }, category: CostCategory.Returns)],
        };
        var returning = scenario with
        {
            Modes = [.. scenario.Modes, reverse],
            ProductClasses = [scenario.ProductClasses[0] with { ReturnRate = 1 }],
            Returns = [new ReturnPolicy { Market = "US", OriginReverseMode = "back", HandlingCost = 2 }],
        };

        var express = Run(returning).Group("mode=express")!;

        Assert.Equal(express.Orders, express.Returned);
        Assert.Equal(0, express.Delivered);
        Assert.Equal(10.0, express.ReturnCycleDays.Mean, 6);
        Assert.Equal(5.0, express.ReturnsCost / express.Orders, 9);
    }

    [Fact]
    public void Run_CustomsInspectionAndSeizure_RatesFollowTheProfile()
    {
        var scenario = TestScenarios.Direct(ordersPerDay: 1000);
        var profile = scenario.CustomsProfiles[0] with
        {
            InspectionProbability = 0.2,
            InspectionDelay = TestScenarios.Days(2),
            SeizureProbability = 0.01,
        };

        var kpis = Run(scenario with { CustomsProfiles = [profile] });

        var customs = kpis.Resources.Single(r => r.Key == GroupKey.Parse("customs=us-customs"));
        var express = kpis.Group("mode=express")!;

        // About 30,000 clearances: binomial sd of the inspection share is 0.0023, of seizures 0.0006;
        // the tolerances are five of them.
        Assert.Equal(0.2, (double)customs.Inspected / customs.WaitHours.Count, 0.012);
        Assert.Equal(0.01, (double)express.Seized / express.Orders, 0.003);
        Assert.Equal(24 + (0.2 * 48), customs.WaitHours.Mean, 0.6);
    }
}
