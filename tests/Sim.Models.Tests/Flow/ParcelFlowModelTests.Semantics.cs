using Sim.Models.Kpis;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Flow;

public sealed partial class ParcelFlowModelTests
{
    [Fact]
    public void Run_SeizuresAtImport_SeizedParcelsPayNoDutyAndTheirValueIsLost()
    {
        // Every express parcel (value 25) owes 30% duty once de minimis is off; customs seizes 30%.
        var scenario = TestScenarios.Direct();
        var market = scenario.Markets[0];
        var seizing = scenario with
        {
            Markets = [market with { DutyRegimes = [market.DutyRegimes[0] with { DeMinimis = 0 }] }],
            CustomsProfiles = [scenario.CustomsProfiles[0] with { SeizureProbability = 0.3 }],
        };

        var express = Run(seizing).Group("mode=express")!;

        Assert.True(express.Seized > 1000, "about 1,800 seizures");
        Assert.Equal(7.5 * (express.Orders - express.Seized), express.DutiesAndTaxes, 6);
        Assert.Equal(25.0 * express.Seized, express.GoodsValueLost, 6);
    }

    [Fact]
    public void Run_LostParcels_PayTheLegTheyWereLostOnAndTheirValueIsLost()
    {
        // Postal: line-haul (2 + 3/kg x 0.5 kg = 3.5) loses 2%; customs and last mile (2) follow.
        var postal = Run(TestScenarios.Direct(new FixedModePolicy { Mode = "postal" })).Group("mode=postal")!;

        Assert.True(postal.Lost > 50);
        Assert.Equal((3.5 * postal.Orders) + (2.0 * (postal.Orders - postal.Lost)), postal.TransportCost, 6);
        Assert.Equal(25.0 * postal.Lost, postal.GoodsValueLost, 6);
    }

    [Fact]
    public void Run_CloggedQuota_OrdersStillInFlightAreCountedAndAreNotOnTime()
    {
        // 200 orders a day for 30 days through a hub that passes 10 a day, each then 1 hour at the hub
        // and 4.25 days to the customer: of some 6,000 orders, those through the hub on days 0 to 390
        // (3,910) are delivered within the 30 days plus the year the run drains for; the rest are in flight.
        var scenario = TestScenarios.Direct();
        var express = scenario.Modes[0];
        var hub = TestScenarios.Leg("hub", LegKind.HubProcessing, TestScenarios.Hours(1)) with { Capacity = new CapacitySpec { DailyThroughput = 10 } };
        var clogged = scenario with { Modes = [express with { Legs = [hub, .. express.Legs] }, .. scenario.Modes.Skip(1)] };

        var kpis = Run(clogged);

        var group = kpis.Group("mode=express")!;
        Assert.Equal(group.Orders, group.Terminated + group.InFlightAtEnd);
        Assert.InRange(group.InFlightAtEnd, group.Orders - 3910 - 10, group.Orders - 3910 + 10);

        // Of the 3,950 delivered only those through the hub within the promise (10 days) are on time:
        // the first 10 days' 100; every order counts in the denominator.
        var summary = KpiSummary.FromReplications([kpis]);
        Assert.InRange(summary.Find("mode=express", "on_time_rate")!.Mean, 0.5 * 100 / group.Orders, 1.5 * 100 / group.Orders);
        Assert.Equal(group.InFlightAtEnd, summary.Find("mode=express", "in_flight_at_end")!.Mean);
        Assert.Equal("mode=express;market=US", Assert.Single(summary.InFlightWarnings).Split(':')[0]);
    }
}
