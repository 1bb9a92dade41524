using Sim.Engine.Randomness;
using Sim.Models.Customs;
using Sim.Models.Flow;
using Sim.Models.Inventory;
using Sim.Models.Kpis;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Flow;

public sealed partial class ParcelFlowModelTests
{
    private static ReplicationKpis Run(Scenario scenario, ulong seed = 7, int replication = 0) =>
        new ParcelFlowModel(scenario, new RandomStreams(seed).ForReplication(replication)).Run();

    [Fact]
    public void Run_SplitScenarioWithLossesAndReturns_EveryOrderEndsInExactlyOneTerminalState()
    {
        var scenario = TestScenarios.Direct(new SplitSharesPolicy
        {
            Shares = [new ModeShare { Mode = "express", Share = 0.5 }, new ModeShare { Mode = "postal", Share = 0.5 }],
        });

        var kpis = Run(scenario);

        foreach (var group in kpis.Groups)
        {
            Assert.Equal(group.Orders, group.Delivered + group.Returned + group.Lost + group.Seized);
        }

        var all = kpis.Group("all")!;
        Assert.True(all.Orders > 5000, "about 200 a day for 30 days");
        Assert.True(all.Lost > 0, "postal loses 2%");
        Assert.Equal(all.Orders, kpis.Group("mode=express")!.Orders + kpis.Group("mode=postal")!.Orders);
    }

    [Fact]
    public void Run_Baseline_EveryOrderEndsInExactlyOneTerminalStateAndCostsAddUp()
    {
        var kpis = Run(BaselineScenario.Value with { HorizonDays = 30 });

        foreach (var group in kpis.Groups)
        {
            Assert.Equal(group.Orders, group.Terminated);
            double components = group.TransportCost + group.HandlingCost + group.DutiesAndTaxes + group.WarehousingCost + group.ReturnsCost;
            Assert.Equal(group.TotalCost, components, 9);
        }

        var all = kpis.Group("all")!;
        Assert.True(all.Lost > 0 && all.Seized > 0 && all.Returned > 0 && all.Delivered > 0, "the baseline reaches every terminal state");

        // The mode groups partition the orders and the costs.
        var modes = kpis.Groups.Where(g => g.Key.Dimensions.SequenceEqual([GroupDimension.Mode])).ToList();
        Assert.Equal(all.Orders, modes.Sum(g => g.Orders));
        Assert.Equal(all.TotalCost, modes.Sum(g => g.TotalCost), 6);
    }

    [Fact]
    public void Run_ConstantLegTimes_DeliveryTimeIsTheirSum()
    {
        var kpis = Run(TestScenarios.Direct());

        var express = kpis.Group("mode=express;market=US")!;
        Assert.Equal(express.Orders, express.Delivered);
        Assert.Equal(TestScenarios.ExpressDays, express.DeliveryDays.Mean, 6);
        Assert.Equal(TestScenarios.ExpressDays, express.DeliveryDays.Min, 6);
        Assert.Equal(TestScenarios.ExpressDays, express.DeliveryDays.Max, 6);
    }

    [Fact]
    public void Run_FixedExpress_CostPerParcelIsTheLegCostsExactly()
    {
        var kpis = Run(TestScenarios.Direct());

        var express = kpis.Group("mode=express")!;

        // pickup 1 + linehaul 10 + 4/kg x 0.5 kg + last mile 3, all transport; value 25 is under the 800 de minimis.
        Assert.Equal(16.0, express.TotalCost / express.Orders, 9);
        Assert.Equal(16.0, express.TransportCost / express.Orders, 9);
        Assert.Equal(0.0, express.DutiesAndTaxes);
    }

    [Fact]
    public void Run_DeMinimisOff_LowValueParcelsPayDuty()
    {
        var withDeMinimis = TestScenarios.Direct();
        var market = withDeMinimis.Markets[0];
        var without = withDeMinimis with
        {
            Markets = [market with { DutyRegimes = [market.DutyRegimes[0] with { DeMinimis = 0 }] }],
        };

        var before = Run(withDeMinimis).Group("mode=express")!;
        var after = Run(without).Group("mode=express")!;

        Assert.Equal(0.0, before.DutiesAndTaxes);

        // 30% of the declared value of 25 on every parcel, none lost before customs.
        Assert.Equal(7.5, after.DutiesAndTaxes / after.Orders, 9);
    }

    [Fact]
    public void Run_Baseline_GbDeMinimisOffRaisesDutiesOnLowValueParcels()
    {
        var baseline = BaselineScenario.Value with { HorizonDays = 30 };
        var gb = baseline.Markets.Single(m => m.Code == "GB");
        var noDeMinimis = baseline with
        {
            Markets = [.. baseline.Markets.Select(m => m.Code == "GB" ? gb with { DutyRegimes = [.. gb.DutyRegimes.Select(r => r with { DeMinimis = 0 })] } : m)],
        };

        var before = Run(baseline).Group("mode=postal;market=GB")!;
        var after = Run(noDeMinimis).Group("mode=postal;market=GB")!;

        // Every GB postal parcel (home goods, value 40) is under the 170 threshold: with it they pay only
        // VAT (20% of 40); without it also 12% duty, and VAT on the duty: 0.12 x 40 x 1.2 = 5.76 more each.
        Assert.Equal(before.Orders, after.Orders);
        Assert.True(after.DutiesAndTaxes / after.Orders > (before.DutiesAndTaxes / before.Orders) + 5, $"{before.DutiesAndTaxes / before.Orders} -> {after.DutiesAndTaxes / after.Orders}");
    }

    [Fact]
    public void Run_InStockWarehouse_OrderTakesItsPickAndLastMileTime()
    {
        var kpis = Run(TestScenarios.WithWarehouse(initialStock: 100_000, StockOutAction.Backorder));

        var owh = kpis.Group("mode=owh")!;
        Assert.Equal(owh.Orders, owh.FromStock);

        // 1 hour pick and pack, then 1 day of last mile, both constant.
        Assert.Equal(1 + (1 / 24.0), owh.DeliveryDays.Mean, 6);
        Assert.Equal(1.0, kpis.Warehouse("warehouse=us-wh")!.FillRate);
    }

    [Fact]
    public void Run_Baseline_InStockUsWarehouseOrderTakesAboutItsLastMileTime()
    {
        var kpis = Run(BaselineScenario.Value with { HorizonDays = 30 });

        var owh = kpis.Group("mode=owh;market=US")!;
        Assert.Equal(owh.Orders, owh.FromStock);

        // Pick and pack takes minutes; the last mile is lognormal with mean 2.5 days and CV 0.4
        // (sd 1 day). Over more than 1,200 orders the standard error is under 0.03 day, so 0.12 day
        // is over four standard errors (the pickers' queue adds minutes at most).
        Assert.True(owh.Orders > 1200);
        Assert.InRange(owh.DeliveryDays.Mean, 2.5 - 0.12, 2.5 + 0.12);
    }

    [Fact]
    public void Run_StockOutWithFallback_OrdersGoByTheFallbackMode()
    {
        // No stock, and the first replenishment lands after 20 days: early orders fall back to express.
        var kpis = Run(TestScenarios.WithWarehouse(initialStock: 0, StockOutAction.FallbackToMode));

        var express = kpis.Group("mode=express")!;
        Assert.True(express.FellBack > 0);
        Assert.Equal(express.Orders, express.FellBack);
        Assert.Equal(TestScenarios.ExpressDays, express.DeliveryDays.Mean, 6);
        var warehouse = kpis.Warehouse("warehouse=us-wh")!;
        Assert.Equal(express.FellBack, warehouse.StockOuts);
        Assert.True(warehouse.UnitsReceived > 0, "the replenishment arrives");
        Assert.True(kpis.Group("mode=owh")!.FromStock > 0, "orders after the replenishment are served from stock");
    }

    [Fact]
    public void Run_StockOutWithBackorder_OrdersWaitForTheReplenishment()
    {
        var kpis = Run(TestScenarios.WithWarehouse(initialStock: 0, StockOutAction.Backorder));

        var owh = kpis.Group("mode=owh")!;
        Assert.Equal(owh.Orders, owh.Delivered);
        Assert.True(owh.Backordered > 1000, "20 days of orders wait");
        Assert.Null(kpis.Group("mode=express"));

        // The first order waits the whole 20-day sea leg, then pick and pack and last mile.
        Assert.Equal(20 + 1 + (1 / 24.0), owh.DeliveryDays.Max, 1);
        Assert.Equal(owh.Orders, owh.FromStock + owh.Backordered);
    }

    [Fact]
    public void Run_ReplenishmentShipment_PaysPerContainerIntoTheWarehouseModeGroup()
    {
        // 990 units x 0.002 m3 = 1.98 m3: one container of 5000.
        var kpis = Run(TestScenarios.WithWarehouse(initialStock: 0, StockOutAction.Backorder, reorderPoint: 10, orderUpTo: 1000));

        var owh = kpis.Group("mode=owh")!;
        var warehouse = kpis.Warehouse("warehouse=us-wh")!;
        Assert.True(warehouse.Replenishments >= 1);
        double legCosts = owh.Orders * 5.0;
        Assert.Equal(legCosts + (5000.0 * warehouse.Replenishments) + warehouse.HoldingCost, owh.TotalCost, 6);
    }

    [Fact]
    public void Run_SameSeed_SameResults()
    {
        var scenario = BaselineScenario.Value with { HorizonDays = 20 };

        var first = KpiSummary.FromReplications([Run(scenario, seed: 3)]);
        var second = KpiSummary.FromReplications([Run(scenario, seed: 3)]);

        Assert.Equal(first.Rows, second.Rows);
    }

    [Fact]
    public void Run_TwiceOnOneInstance_Throws()
    {
        var model = new ParcelFlowModel(TestScenarios.Direct(horizonDays: 1), new RandomStreams(1).ForReplication(0));
        model.Run();

        Assert.Throws<InvalidOperationException>(() => model.Run());
    }

    [Fact]
    public void Run_Tracking_NoScanLegsLowerCoverageAndWidenTheGap()
    {
        var scanning = TestScenarios.Direct();
        var express = scanning.Modes[0];
        var dark = scanning with
        {
            Modes = [express with { Legs = [.. express.Legs.Select(l => l.Kind == LegKind.LinehaulAir ? l with { Tracking = TrackingSpec.None } : l)] }, .. scanning.Modes.Skip(1)],
        };

        var visible = Run(scanning).Group("mode=express")!;
        var hidden = Run(dark).Group("mode=express")!;

        // Every leg scans at once: the customer always sees the current step, and the longest gap is the
        // longest leg (last mile, 2 days). Without the line-haul scan, customs (1 day) is in the dark and
        // the gap spans line-haul and customs (2 days).
        Assert.Equal(1.0, visible.TrackedTimeShareSum / visible.Arrived, 9);
        Assert.Equal(48.0, visible.InformationGapHours.Max, 6);
        Assert.Equal(1 - (1.0 / TestScenarios.ExpressDays), hidden.TrackedTimeShareSum / hidden.Arrived, 9);
        Assert.Equal(48.0, hidden.InformationGapHours.Min, 6);
    }

    [Fact]
    public void Run_Timetable_ParcelsLeaveOnlyAtDepartures()
    {
        // Daily departure at 12:00 with a 2-hour cut-off and a 10-hour flight, after a 6-hour pickup.
        var scenario = TestScenarios.Direct();
        var express = scenario.Modes[0];
        var scheduled = scenario with
        {
            Modes =
            [
                express with
                {
                    Legs = [.. express.Legs.Select(l => l.Kind == LegKind.LinehaulAir ? l with { ProcessingTime = TestScenarios.Hours(10), Timetable = new TimetableSpec { DepartureHours = [12], CutoffHours = 2 } } : l)],
                },
                .. scenario.Modes.Skip(1),
            ],
        };

        var kpis = Run(scheduled);

        // Ready 6 h after the order, a parcel waits from 2 h (ready at 10:00) to 26 h (ready just after
        // 10:00) for the 12:00 departure, then flies 10 h and takes 3 days: delivery is between
        // 8 + 10 h + 3 d and 32 + 10 h + 3 d after the order, and orders at all hours reach both ends.
        var group = kpis.Group("mode=express")!;
        const double Shortest = 3 + (18 / 24.0);
        const double Longest = 3 + (42 / 24.0);
        Assert.InRange(group.DeliveryDays.Min, Shortest - 1e-6, Shortest + 0.05);
        Assert.InRange(group.DeliveryDays.Max, Longest - 0.05, Longest + 1e-6);
        var line = kpis.Resources.Single(r => r.Key == GroupKey.Parse("line=express/linehaul/US"));
        Assert.InRange(line.WaitHours.Max, 0, 24 + 2);
        Assert.True(line.WaitHours.Mean > 2);
    }

    [Fact]
    public void Run_BulkClearanceAfterAConsolidatedDeparture_NoDeMinimisAndShipmentsClearAsOne()
    {
        var scenario = TestScenarios.Direct();
        var express = scenario.Modes[0];
        var consolidated = scenario with
        {
            Modes =
            [
                express with
                {
                    Legs =
                    [
                        .. express.Legs.Select(l => l.Kind switch
                        {
                            LegKind.LinehaulAir => l with { Timetable = new TimetableSpec { DepartureHours = [12] } },
                            LegKind.ImportCustoms => l with { Clearance = ClearanceMode.Bulk },
                            _ => l,
                        }),
                    ],
                },
                .. scenario.Modes.Skip(1),
            ],
            CustomsProfiles = [scenario.CustomsProfiles[0] with { InspectionProbability = 0.5, InspectionDelay = TestScenarios.Days(1) }],
        };

        var shares = new List<double>();
        for (int replication = 0; replication < 10; replication++)
        {
            var kpis = Run(consolidated, seed: 5, replication);
            var group = kpis.Group("mode=express")!;
            var customs = kpis.Resources.Single(r => r.Key == GroupKey.Parse("customs=us-customs"));

            // Value 25 is under the 800 de minimis, but a bulk declaration pays 30% duty on every parcel.
            Assert.Equal(7.5, group.DutiesAndTaxes / group.Orders, 9);
            shares.Add((double)customs.Inspected / customs.WaitHours.Count);
        }

        // Each of about 30 daily shipments is inspected whole or not at all, so the inspected share of a
        // replication has sd sqrt(0.25 / 30) = 0.09; were parcels drawn one by one (6,000 of them) it
        // would be 0.0065. Per-parcel draws give a sample sd above 0.03 over 10 replications with chance
        // below 1e-12; bulk clearance gives one below 0.03 with chance about 4e-4.
        double mean = shares.Average();
        double sd = Math.Sqrt(shares.Sum(x => (x - mean) * (x - mean)) / (shares.Count - 1));
        Assert.True(sd > 0.03, $"sd of the inspected share {sd}");
    }

    [Fact]
    public void Run_OneModeChanged_OtherModesDrawTheSameNumbers()
    {
        // Common random numbers: streams are per leg, lane and group, so losing five times as many postal
        // parcels leaves every express and dedicated parcel's draws, and so their results, unchanged.
        var baseline = BaselineScenario.Value with { HorizonDays = 20 };
        var postal = baseline.Modes.Single(m => m.Id == "postal");
        var lossier = baseline with
        {
            Modes = [.. baseline.Modes.Select(m => m.Id == "postal" ? postal with { Legs = [.. postal.Legs.Select(l => l.IsLinehaul ? l with { LossProbability = 0.05 } : l)] } : m)],
        };

        var before = Run(baseline);
        var after = Run(lossier);

        Assert.True(after.Group("mode=postal")!.Lost > 2 * before.Group("mode=postal")!.Lost);
        foreach (string key in new[] { "mode=express;market=US", "mode=dedicated;market=DE", "mode=express;market=BR" })
        {
            var a = before.Group(key)!;
            var b = after.Group(key)!;
            Assert.Equal(a.Orders, b.Orders);
            Assert.Equal(a.DeliveryDays.Sum, b.DeliveryDays.Sum);
            Assert.Equal(a.TotalCost, b.TotalCost);
            Assert.Equal(a.Returned, b.Returned);
        }
    }

    [Fact]
    public void Run_TimetabledHub_ProcessedFirstThenDeparts()
    {
        // A hub sorts for 3 hours, then a truck leaves daily at 12:00; pickup (6 h) comes before it.
        var scenario = TestScenarios.Direct();
        var express = scenario.Modes[0];
        var hub = TestScenarios.Leg("hub", LegKind.HubProcessing, TestScenarios.Hours(3)) with { Timetable = new TimetableSpec { DepartureHours = [12] } };
        var withHub = scenario with { Modes = [express with { Legs = [express.Legs[0], hub, .. express.Legs.Skip(1)] }, .. scenario.Modes.Skip(1)] };

        var group = Run(withHub).Group("mode=express")!;

        // Ready 9 h after the order, a parcel waits from 0 h (ready at 12:00) to just under 24 h, then
        // line-haul, customs and last mile take 4 days: delivery 9 h + 4 d after the order at least, and
        // just under 33 h + 4 d at most.
        const double Shortest = 4 + (9 / 24.0);
        const double Longest = 4 + (33 / 24.0);
        Assert.InRange(group.DeliveryDays.Min, Shortest - 1e-6, Shortest + 0.05);
        Assert.InRange(group.DeliveryDays.Max, Longest - 0.05, Longest + 1e-6);
    }
}
