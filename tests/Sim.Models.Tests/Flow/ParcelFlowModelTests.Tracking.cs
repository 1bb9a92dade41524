using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Flow;

/// <summary>Tracking as planners mean it: milestone scans visible before delivery, and the longest information gap.</summary>
public sealed partial class ParcelFlowModelTests
{
    /// <summary>
    /// Express with an export scan after pickup: handover at 6 h, export at 6 h, arrival at 30 h, import
    /// release at 54 h (visible <paramref name="releaseDelayHours"/> later), out for delivery when the last
    /// mile starts at 54 h, delivered at 102 h; every other scan visible at once.
    /// </summary>
    private static Scenario Milestones(double releaseDelayHours, bool darkLinehaul = false)
    {
        var scenario = TestScenarios.Direct(ordersPerDay: 50, horizonDays: 10);
        var express = scenario.Modes[0];
        Leg Edit(Leg leg) => leg.Kind switch
        {
            LegKind.ImportCustoms => leg with { Tracking = new TrackingSpec { VisibilityDelayHours = releaseDelayHours } },
            LegKind.LinehaulAir when darkLinehaul => leg with { Tracking = TrackingSpec.None },
            _ => leg,
        };
        var export = TestScenarios.Leg("export", LegKind.HubProcessing, TestScenarios.Hours(0)) with { Tracking = new TrackingSpec { Milestone = TrackingMilestone.Export } };
        Leg[] legs = [Edit(express.Legs[0]), export, .. express.Legs.Skip(1).Select(Edit)];
        return scenario with { Modes = [express with { Legs = legs }, .. scenario.Modes.Skip(1)] };
    }

    [Theory]
    [InlineData(0, 1.0, 48)] // the longest gap is the last mile: out for delivery at 54 h, delivered at 102 h
    [InlineData(47, 1.0, 47)] // the release shows at 101 h, an hour before delivery: 54 h to 101 h
    [InlineData(49, 0.0, 49)] // the release shows an hour after delivery: not fully tracked
    public void Run_MilestoneScans_FullyTrackedWhenEveryMilestoneShowsBeforeDelivery(double releaseDelayHours, double fullyTracked, double gapHours)
    {
        var express = Run(Milestones(releaseDelayHours)).Group("mode=express")!;

        Assert.True(express.Arrived > 300);
        Assert.Equal(fullyTracked, (double)express.FullyTracked / express.Arrived);
        Assert.Equal(gapHours, express.InformationGapHours.Mean, 6);
        Assert.Equal(gapHours, express.InformationGapHours.Quantile(0.95), gapHours * express.InformationGapHours.QuantileErrorBound);
    }

    [Fact]
    public void Run_NoArrivalScan_NoOrderFullyTrackedAndTheGapSpansTheFlight()
    {
        // Without the line-haul scan, the export scan at 6 h is followed by the release at 54 h, and customs (30 h to 54 h) is in the dark.
        var express = Run(Milestones(0, darkLinehaul: true)).Group("mode=express")!;

        Assert.Equal(0L, express.FullyTracked);
        Assert.Equal(48.0, express.InformationGapHours.Min, 6);
        Assert.Equal(1 - (24.0 / 102), express.TrackedTimeShareSum / express.Arrived, 9);
    }

    [Fact]
    public void Run_WarehouseOrder_FullyTrackedByTheMilestonesItsRoutePasses()
    {
        // Picked and delivered in the market: out for delivery and delivered are its only milestones.
        var warehouse = Run(WarehouseScenarios.With(WarehouseScenarios.Policy(initialStock: 100_000))).Group("mode=owh")!;

        Assert.True(warehouse.Arrived > 100);
        Assert.Equal(warehouse.Arrived, warehouse.FullyTracked);
    }
}
