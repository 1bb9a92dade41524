using Sim.Models.Customs;
using Sim.Models.Inventory;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Scenarios;

public sealed partial class ScenarioLoaderTests
{
    [Fact]
    public void Validate_Baseline_HasNoErrors()
    {
        var errors = ScenarioLoader.Validate(ScenarioLoader.BaselinePath);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Load_Baseline_CoversTheRequiredMarketsAndAllSevenModes()
    {
        var scenario = ScenarioLoader.Load(ScenarioLoader.BaselinePath);

        Assert.Subset(scenario.Markets.Select(m => m.Code).ToHashSet(), new HashSet<string> { "US", "DE", "GB", "BR", "RU" });
        var kinds = scenario.Modes.Select(m => m.Kind).ToHashSet();
        Assert.Subset(kinds, new HashSet<ModeKind>
        {
            ModeKind.PostalSmallPacket, ModeKind.InternationalExpress, ModeKind.DedicatedLine, ModeKind.OverseasWarehouse,
            ModeKind.BorderWarehouse, ModeKind.BondedImport, ModeKind.DirectMailImport,
        });
        var firstLegs = scenario.Warehouses.Select(w => scenario.Modes.Single(m => m.Id == w.ReplenishmentMode))
            .SelectMany(m => m.Legs.Select(l => l.Kind)).ToHashSet();
        Assert.Subset(firstLegs, new HashSet<LegKind> { LegKind.LinehaulSea, LegKind.LinehaulRail, LegKind.LinehaulAir });
        Assert.Contains(scenario.Warehouses, w => w.Kind == WarehouseKind.Border && w.Market == "RU");
        Assert.Contains(scenario.Warehouses, w => w.Kind == WarehouseKind.Bonded && w.Market == "CN");
    }

    [Fact]
    public void Load_Baseline_UsDeMinimisEndsOnSecondMay2025()
    {
        var scenario = ScenarioLoader.Load(ScenarioLoader.BaselinePath);
        var regimes = scenario.Markets.Single(m => m.Code == "US").DutyRegimes;

        foreach (var channel in Enum.GetValues<DutyChannel>())
        {
            var us = DutyRegimeSchedule.For(regimes, channel, "CN", scenario.StartDate);
            Assert.Equal(800, us.RegimeOn(new DateOnly(2025, 5, 1)).DeMinimis);
            Assert.Equal(0, us.RegimeOn(new DateOnly(2025, 5, 2)).DeMinimis);
        }

        // Postal items from China: 120% until 13 May, 54% from 14 May; other goods from China 30%.
        var postal = DutyRegimeSchedule.For(regimes, DutyChannel.Postal, "CN", scenario.StartDate);
        Assert.Equal((1.2, 0.54), (postal.RegimeOn(new DateOnly(2025, 5, 13)).DutyRate, postal.RegimeOn(new DateOnly(2025, 5, 14)).DutyRate));
        Assert.Equal(0.3, DutyRegimeSchedule.For(regimes, DutyChannel.Express, "CN", scenario.StartDate).RegimeOn(new DateOnly(2025, 5, 14)).DutyRate);
    }

    [Fact]
    public void Load_Baseline_ExpectedOrderCountIsModest()
    {
        var scenario = ScenarioLoader.Load(ScenarioLoader.BaselinePath);

        // Weekly factors average 1, so the expected total is the base rate times the horizon, plus the peaks.
        var expected = scenario.DemandStreams.Sum(s => s.OrdersPerDay) * scenario.HorizonDays;
        Assert.InRange(expected, 30_000, 60_000);
        Assert.All(scenario.DemandStreams, s => Assert.Equal(1.0, s.WeeklyPattern.Average(), 9));
    }

    [Theory]
    [InlineData("US")]
    [InlineData("DE")]
    [InlineData("GB")]
    public void Load_Baseline_ExpressFastestAndDearestPostalSlowestAndCheapestDedicatedBetween(string market)
    {
        var scenario = ScenarioLoader.Load(ScenarioLoader.BaselinePath);
        var apparel = scenario.ProductClasses.Single(c => c.Id == "apparel");

        var (postalHours, postalCost) = ExpectedDoorToDoor(scenario, "postal", "shenzhen", market, apparel.WeightKg);
        var (dedicatedHours, dedicatedCost) = ExpectedDoorToDoor(scenario, "dedicated", "shenzhen", market, apparel.WeightKg);
        var (expressHours, expressCost) = ExpectedDoorToDoor(scenario, "express", "shenzhen", market, apparel.WeightKg);

        Assert.True(expressHours < dedicatedHours && dedicatedHours < postalHours, $"hours: express {expressHours}, dedicated {dedicatedHours}, postal {postalHours}");
        Assert.True(expressCost > dedicatedCost && dedicatedCost > postalCost, $"cost: express {expressCost}, dedicated {dedicatedCost}, postal {postalCost}");
        var postalLoss = LossProbability(scenario, "postal");
        Assert.True(postalLoss > LossProbability(scenario, "dedicated") && postalLoss > LossProbability(scenario, "express"));
    }

    [Fact]
    public void Load_Minimal_MapsValuesUnitsAndDefaults()
    {
        using var files = ScenarioFiles.With();

        var scenario = ScenarioLoader.Load(files.YamlPath);

        var postal = scenario.Modes.Single(m => m.Id == "postal");
        var linehaul = postal.Legs.Single(l => l.Id == "linehaul");
        Assert.Equal(DistributionKind.Lognormal, linehaul.ProcessingTime.Kind);
        Assert.Equal(5 * 24.0, linehaul.ProcessingTime.MeanHours, 9);
        Assert.Equal(CostCategory.Transport, linehaul.CostCategory);
        Assert.Equal(CostCategory.Handling, postal.Legs[0].CostCategory);
        Assert.Equal(CostCategory.Returns, scenario.Modes.Single(m => m.Id == "return-origin").Legs[0].CostCategory);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Friday], linehaul.Timetable!.Weekdays);
        Assert.True(linehaul.Tracking.ProducesScan);
        Assert.Equal(3.0, linehaul.Cost.PerKg);
        Assert.Equal(10 / 60.0, scenario.Modes.Single(m => m.Id == "owh").Legs[0].ProcessingTime.MeanHours, 9);
        Assert.Equal(ClearanceMode.PerParcel, scenario.Markets[0].DutyRegimes[0].Clearance);
        Assert.Equal(10, scenario.Replications);
        var lane = scenario.Lanes.Single(l => l.Mode == "postal");
        Assert.Equal(5 * 24.0, lane.LinehaulTime!.MeanHours, 9);
        Assert.Null(scenario.Lanes.Single(l => l.Mode == "express").LinehaulTime);
        var stream = Assert.Single(scenario.DemandStreams);
        Assert.Equal((100.0, 0.02, 20), (stream.OrdersPerDay, stream.B2bShare, stream.B2bUnitsPerOrder));
        var split = Assert.IsType<SplitSharesPolicy>(scenario.Fulfilment[0].Policy);
        Assert.Equal(["postal", "express", "owh"], split.ModeIds);
    }

    /// <summary>Mean door-to-door hours (legs plus customs declarations) and cost of one parcel, from the parameters alone.</summary>
    private static (double Hours, double Cost) ExpectedDoorToDoor(Scenario scenario, string modeId, string origin, string marketCode, double weightKg)
    {
        var mode = scenario.Modes.Single(m => m.Id == modeId);
        var market = scenario.Markets.Single(m => m.Code == marketCode);
        var lane = scenario.Lanes.Single(l => l.Mode == modeId && l.Origin == origin && l.Market == marketCode);
        var hours = 0.0;
        var cost = 0.0;
        foreach (var leg in mode.Legs)
        {
            hours += leg.IsLinehaul && lane.LinehaulTime is { } transit ? transit.MeanHours : leg.ProcessingTime.MeanHours;
            if (leg.Kind is LegKind.ExportCustoms or LegKind.ImportCustoms)
            {
                var profileId = leg.CustomsProfile ?? market.ImportCustomsProfile;
                hours += scenario.CustomsProfiles.Single(p => p.Id == profileId).DeclarationTime.MeanHours;
            }

            if (leg.Timetable is { DepartureHours.Count: > 0 } timetable)
            {
                var perWeek = timetable.DepartureHours.Count * (timetable.Weekdays.Count == 0 ? 7 : timetable.Weekdays.Count);
                hours += 7 * 24.0 / perWeek / 2 + timetable.CutoffHours;
            }
            else if (leg.Timetable?.EveryHours is { } every)
            {
                hours += every / 2 + leg.Timetable.CutoffHours;
            }

            var rate = scenario.RateCards.SingleOrDefault(r => r.Mode == modeId && r.Leg == leg.Id && r.Market == marketCode)?.Cost ?? leg.Cost;
            cost += rate.PerParcel + rate.PerKg * weightKg;
        }

        return (hours, cost);
    }

    private static double LossProbability(Scenario scenario, string modeId) =>
        1 - scenario.Modes.Single(m => m.Id == modeId).Legs.Aggregate(1.0, (survive, leg) => survive * (1 - leg.LossProbability));
}
