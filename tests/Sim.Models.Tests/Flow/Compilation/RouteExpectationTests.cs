using Sim.Engine.Resources;
using Sim.Engine.Time;
using Sim.Models.Customs;
using Sim.Models.Flow.Compilation;
using Sim.Models.Inventory;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Flow.Compilation;

public sealed partial class RouteExpectationTests
{
    // Express in the test scenario: pickup 6 h, line-haul 24 h, import customs (declaration 1 day),
    // last mile 2 days, all constant: 102 hours.
    private const double ExpressHours = TestScenarios.ExpressDays * 24;

    private static RouteExpectation Expect(Scenario scenario, string mode = "express", int units = 1)
    {
        var route = RouteCompiler.OfferedRoutes(scenario).Single(r => r.Mode.Id == mode && r.Market == "US");
        return RouteExpectation.For(route, scenario.ProductClasses[0], units);
    }

    private static Scenario WithExpressLegs(Func<Leg, Leg> change)
    {
        var scenario = TestScenarios.Direct();
        var express = scenario.Modes[0];
        return scenario with { Modes = [express with { Legs = [.. express.Legs.Select(change)] }, .. scenario.Modes.Skip(1)] };
    }

    [Fact]
    public void For_ConstantLegs_MeanIsTheSumAndTheCdfAnExactStep()
    {
        var expectation = Expect(TestScenarios.Direct());

        Assert.Equal(ExpressHours, expectation.MeanDeliveryHours, 9);
        Assert.Equal(0, expectation.DeliveryVarianceHours2, 9);
        Assert.True(expectation.IsDeliveryCdfExact);
        Assert.Equal(0, expectation.DeliveryCdf(ExpressHours - 0.01));
        Assert.Equal(1, expectation.DeliveryCdf(ExpressHours));
    }

    [Fact]
    public void For_DailyDeparture_WaitIsUniformOverTheDayAfterTheCutoff()
    {
        // Line-haul leaves daily at 12:00 with a 2-hour cut-off: a parcel ready at a uniform time of day
        // waits 2 to 26 hours (mean 14, variance 24^2 / 12 = 48), then flies 24 hours.
        var scenario = WithExpressLegs(l => l.Kind == LegKind.LinehaulAir ? l with { Timetable = new TimetableSpec { DepartureHours = [12], CutoffHours = 2 } } : l);

        var expectation = Expect(scenario);

        Assert.Equal(ExpressHours + 14, expectation.MeanDeliveryHours, 9);
        Assert.Equal(48, expectation.DeliveryVarianceHours2, 6);
        Assert.True(expectation.IsDeliveryCdfExact);
        Assert.Equal(0, expectation.DeliveryCdf(ExpressHours + 2), 9);
        Assert.Equal(0.5, expectation.DeliveryCdf(ExpressHours + 14), 9);
        Assert.Equal(1, expectation.DeliveryCdf(ExpressHours + 26), 9);
    }

    [Fact]
    public void For_WeeklyDeparturesWithUnequalGaps_WaitAgreesWithEveryReadyTimeOfTheWeek()
    {
        // Tuesday, Thursday and Saturday at 23:00, 6-hour cut-off: gaps of 48, 48 and 72 hours, so
        // the mean wait is 6 + (48^2 + 48^2 + 72^2) / (2 x 168), not 6 + 168 / 6.
        var timetable = new TimetableSpec { DepartureHours = [23], Weekdays = [DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday], CutoffHours = 6 };
        var scenario = WithExpressLegs(l => l.Kind == LegKind.LinehaulAir ? l with { Timetable = timetable } : l);
        var expectation = Expect(scenario);

        // Ready times in the middle of every minute of the week (the run starts on a Tuesday).
        var engine = new Timetable(SimDuration.FromDays(7), [.. new[] { 0, 2, 4 }.Select(d => SimDuration.FromHours((d * 24) + 23))]);
        var waits = Enumerable.Range(0, 7 * 24 * 60)
            .Select(m => SimDuration.FromHours((m + 0.5) / 60.0))
            .Select(ready => (engine.NextAtOrAfter(SimTime.Zero + ready + SimDuration.FromHours(6)).Ticks - ready.Ticks) / (double)SimDuration.TicksPerHour)
            .ToArray();

        Assert.Equal(6 + (((48.0 * 48) + (48 * 48) + (72 * 72)) / 336), expectation.MeanDeliveryHours - ExpressHours, 9);
        Assert.Equal(waits.Average(), expectation.MeanDeliveryHours - ExpressHours, 2);
        foreach (double hours in new[] { 10.0, 30, 50, 70 })
        {
            Assert.Equal(waits.Count(w => w <= hours) / (double)waits.Length, expectation.DeliveryCdf(ExpressHours + hours), 3);
        }
    }

    [Fact]
    public void For_CustomsDelaysThatAreConstants_ExactMixture()
    {
        // Declaration 24 h; with probability 0.2 an inspection of 48 h, with 0.1 a document error of 10 h.
        var scenario = TestScenarios.Direct();
        var profile = scenario.CustomsProfiles[0] with
        {
            InspectionProbability = 0.2,
            InspectionDelay = TestScenarios.Hours(48),
            DocumentErrorProbability = 0.1,
            DocumentErrorDelay = TestScenarios.Hours(10),
        };

        var expectation = Expect(scenario with { CustomsProfiles = [profile] });

        Assert.True(expectation.IsDeliveryCdfExact);
        Assert.Equal(ExpressHours + (0.2 * 48) + (0.1 * 10), expectation.MeanDeliveryHours, 9);
        Assert.Equal(0.8 * 0.9, expectation.DeliveryCdf(ExpressHours), 12);
        Assert.Equal(0.8, expectation.DeliveryCdf(ExpressHours + 10), 12);
        Assert.Equal(0.8 + (0.2 * 0.9), expectation.DeliveryCdf(ExpressHours + 48), 12);
        Assert.Equal(1, expectation.DeliveryCdf(ExpressHours + 58), 12);
    }

    [Fact]
    public void For_LognormalLastMile_MomentsExactAndCdfOnALattice()
    {
        // Last mile lognormal with mean 48 h and CV 0.5: its median is 48 / sqrt(1.25).
        var lastMile = new DistributionSpec { Kind = DistributionKind.Lognormal, Mean = 48, Cv = 0.5 };
        var expectation = Expect(WithExpressLegs(l => l.Kind == LegKind.LastMile ? l with { ProcessingTime = lastMile } : l));

        Assert.False(expectation.IsDeliveryCdfExact);
        Assert.Equal(ExpressHours, expectation.MeanDeliveryHours, 9);
        Assert.Equal(24 * 24, expectation.DeliveryVarianceHours2, 6);
        Assert.Equal(0.5, expectation.DeliveryCdf(ExpressHours - 48 + (48 / Math.Sqrt(1.25))), 3);
        Assert.Equal(0, expectation.DeliveryCdf(ExpressHours - 48), 6);
    }

    [Fact]
    public void For_SecondTimetableAfterAKnownDeparture_WaitIsDeterminedByTheFirst()
    {
        // Line-haul leaves at 12:00 (2-hour cut-off) and lands 24 h later, customs takes a day: ready
        // for the last mile at 12:00; the last mile (48 h) is then handed to a van leaving at 18:00, a
        // wait of exactly 6 hours. Total: 102 + 6 + a wait uniform on [2, 26).
        var scenario = WithExpressLegs(l => l.Kind switch
        {
            LegKind.LinehaulAir => l with { Timetable = new TimetableSpec { DepartureHours = [12], CutoffHours = 2 } },
            LegKind.LastMile => l with { Timetable = new TimetableSpec { DepartureHours = [18] } },
            _ => l,
        });

        var expectation = Expect(scenario);

        Assert.True(expectation.IsDeliveryCdfExact);
        Assert.Equal(ExpressHours + 6 + 14, expectation.MeanDeliveryHours, 9);
        Assert.Equal(48, expectation.DeliveryVarianceHours2, 6);
        Assert.Equal(0, expectation.DeliveryCdf(ExpressHours + 6 + 2), 9);
        Assert.Equal(0.25, expectation.DeliveryCdf(ExpressHours + 6 + 8), 9);
    }

    [Fact]
    public void For_LossAndSeizure_LegsWeightedByTheChanceOfPayingThem()
    {
        // Postal: line-haul (2 + 3/kg x 0.5 kg = 3.5) loses 2%; customs seizes 10% of what reaches it
        // (and a seized parcel pays neither the customs leg nor duty); the last mile costs 2.
        var scenario = TestScenarios.Direct();
        var market = scenario.Markets[0];
        var seizing = scenario with
        {
            CustomsProfiles = [scenario.CustomsProfiles[0] with { SeizureProbability = 0.1 }],
            Markets = [market with { DutyRegimes = [market.DutyRegimes[0] with { DeMinimis = 0 }] }],
        };

        var expectation = Expect(seizing, "postal");

        Assert.Equal(0.02, expectation.LossProbability, 12);
        Assert.Equal(0.98 * 0.1, expectation.SeizureProbability, 12);
        Assert.Equal(0.98 * 0.9, expectation.ArrivalProbability, 12);
        Assert.Equal(3.5 + (0.98 * 0.9 * 2), expectation.ExpectedCost.Transport, 12);
        Assert.Equal(expectation.ExpectedCost.Transport, expectation.ExpectedCost.Total, 12);
        Assert.Equal(0.98 * 0.9 * 0.3 * 25, expectation.ExpectedDutiesAndTaxes(new DateOnly(2025, 4, 1)), 12);
        Assert.Equal((0.02 + 0.098) * 25, expectation.ExpectedGoodsValueLost, 12);
        // Postal takes 6 + 1 + 4 days.
        Assert.Equal(0, expectation.ArrivesWithin((11 * 24) - 1), 12);
        Assert.Equal(0.98 * 0.9, expectation.ArrivesWithin(11 * 24), 12);
    }

    [Fact]
    public void ExpectedDutiesAndTaxes_TwoRegimes_TheOneInForceOnTheDate()
    {
        var scenario = TestScenarios.Direct();
        var market = scenario.Markets[0];
        var ending = scenario with
        {
            Markets = [market with { DutyRegimes = [market.DutyRegimes[0], new DutyRegime { EffectiveFrom = new DateOnly(2025, 5, 2), DutyRate = 0.3, PerParcelFee = 2.5 }] }],
        };

        var expectation = Expect(ending);

        Assert.Equal(0, expectation.ExpectedDutiesAndTaxes(new DateOnly(2025, 5, 1)));
        Assert.Equal((0.3 * 25) + 2.5, expectation.ExpectedDutiesAndTaxes(new DateOnly(2025, 5, 2)), 12);
    }

    [Fact]
    public void IsOffered_WeightLimitAndLanes_AsTheModeAndLanesSay()
    {
        var scenario = TestScenarios.Direct();
        var postal = scenario.Modes[1] with { MaxWeightKg = 2 };
        var limited = scenario with { Modes = [scenario.Modes[0], postal, .. scenario.Modes.Skip(2)] };

        Assert.True(Expect(limited, "postal", units: 4).IsOffered);
        Assert.False(Expect(limited, "postal", units: 5).IsOffered);
        Assert.True(Expect(limited, "express", units: 5).IsOffered);
    }

    [Fact]
    public void For_ReplenishmentShipment_PaysPerStartedContainer()
    {
        // 990 units of 0.002 m3 fill 1.98 m3: one container of 5,000; 40,000 units fill two.
        var scenario = TestScenarios.WithWarehouse(0, StockOutAction.Backorder);
        var sea = RouteCompiler.OfferedRoutes(scenario).Single(r => r.Mode.Id == "sea");

        Assert.Equal(5000, RouteExpectation.For(sea, scenario.ProductClasses[0], 990).ExpectedCost.Transport, 9);
        Assert.Equal(10_000, RouteExpectation.For(sea, scenario.ProductClasses[0], 40_000).ExpectedCost.Transport, 9);
        Assert.Equal(20 * 24, RouteExpectation.For(sea, scenario.ProductClasses[0], 990).MeanDeliveryHours, 9);
    }
}
