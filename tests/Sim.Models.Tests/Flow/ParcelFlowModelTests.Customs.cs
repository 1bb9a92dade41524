using Sim.Models.Customs;
using Sim.Models.Flow.Compilation;
using Sim.Models.Inventory;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Flow;

/// <summary>Customs by channel, duty regimes by channel and origin, duty on the excess, landed cost, remote areas: each exact, each as the route expectation says.</summary>
public sealed partial class ParcelFlowModelTests
{
    private static readonly DateOnly Start = new(2025, 4, 1);

    private static Scenario WithRegimes(Scenario scenario, params DutyRegime[] regimes) =>
        scenario with { Markets = [scenario.Markets[0] with { DutyRegimes = regimes }] };

    private static RouteExpectation Expect(Scenario scenario, string mode, int units = 1)
    {
        var route = RouteCompiler.OfferedRoutes(scenario).First(r => r.Mode.Id == mode);
        return RouteExpectation.For(route, scenario.ProductClasses[0], units);
    }

    [Fact]
    public void Run_ExpressClearingThroughItsOwnBroker_TakesTheBrokersFourHoursNotTheMarketsDay()
    {
        // Express names a broker profile for the US (4 hours); postal keeps the market's (1 day).
        var scenario = TestScenarios.Direct(new SplitSharesPolicy { Shares = [new ModeShare { Mode = "express", Share = 0.5 }, new ModeShare { Mode = "postal", Share = 0.5 }] });
        var broker = new CustomsProfile { Id = "us-broker", DeclarationTime = TestScenarios.Hours(4) };
        var express = TestScenarios.Express with
        {
            Legs = [.. TestScenarios.Express.Legs.Select(l => l.Kind == LegKind.ImportCustoms ? l with { CustomsProfiles = new Dictionary<string, string> { ["US"] = "us-broker" } } : l)],
        };
        scenario = scenario with { CustomsProfiles = [.. scenario.CustomsProfiles, broker], Modes = [express, .. scenario.Modes.Where(m => m.Id != "express")] };

        var kpis = Run(scenario);

        // Pickup 6 h, line-haul 24 h, clearance 4 h, last mile 2 days; postal 6 + 1 + 4 days.
        double expressDays = 0.25 + 1 + (4.0 / 24) + 2;
        Assert.Equal(expressDays, kpis.Group("mode=express")!.DeliveryDays.Mean, 9);
        Assert.Equal(11.0, kpis.Group("mode=postal")!.DeliveryDays.Mean, 9);
        Assert.Equal(expressDays * 24, Expect(scenario, "express").MeanDeliveryHours, 9);
        Assert.Equal(11.0 * 24, Expect(scenario, "postal").MeanDeliveryHours, 9);
    }

    [Theory]
    [InlineData("CN", 7.5, 5.0)]
    [InlineData("VN", 0.0, 0.0)]
    public void Run_RegimesByChannelAndOrigin_EachChannelPaysItsOwn(string origin, double expressDuty, double postalFee)
    {
        // Until 2025 every parcel is duty-free to 800; from 2025 goods from CN pay by channel: express
        // 30% with no de minimis (7.5 on the gadget), postal a flat 5 an item; goods from VN keep the 800.
        var split = new SplitSharesPolicy { Shares = [new ModeShare { Mode = "express", Share = 0.5 }, new ModeShare { Mode = "postal", Share = 0.5 }] };
        var scenario = WithRegimes(
            TestScenarios.Direct(split),
            new DutyRegime { EffectiveFrom = new DateOnly(2020, 1, 1), DeMinimis = 800, DutyRate = 0.3 },
            new DutyRegime { EffectiveFrom = new DateOnly(2025, 1, 1), Channels = [DutyChannel.Express], Origins = ["CN"], DutyRate = 0.3 },
            new DutyRegime { EffectiveFrom = new DateOnly(2025, 1, 1), Channels = [DutyChannel.Postal], Origins = ["CN"], PerParcelFee = 5 });
        scenario = scenario with { Nodes = [.. scenario.Nodes.Select(n => n.Id == "cn" ? n with { Country = origin } : n)] };

        var kpis = Run(scenario);

        var express = kpis.Group("mode=express")!;
        var postal = kpis.Group("mode=postal")!;
        Assert.True(express.Orders > 2000 && postal.Lost > 20);
        Assert.Equal(expressDuty * express.Orders, express.DutiesAndTaxes, 6);

        // Postal loses 2% on the line-haul, before customs: those pay no fee.
        Assert.Equal(postalFee * (postal.Orders - postal.Lost), postal.DutiesAndTaxes, 6);
        Assert.Equal(expressDuty, Expect(scenario, "express").ExpectedDutiesAndTaxes(Start), 12);
        Assert.Equal(postalFee * 0.98, Expect(scenario, "postal").ExpectedDutiesAndTaxes(Start), 12);
    }

    [Fact]
    public void Run_DutyOnTheExcess_PaysTheRateOnTheValueAboveTheThreshold()
    {
        // 15% of what the 25 gadget is worth above 20: 0.75 a parcel, not 3.75.
        var scenario = WithRegimes(TestScenarios.Direct(), new DutyRegime { EffectiveFrom = new DateOnly(2020, 1, 1), DeMinimis = 20, DutyRate = 0.15, DutyBase = DutyBase.Excess });

        var express = Run(scenario).Group("mode=express")!;

        Assert.Equal(0.75 * express.Orders, express.DutiesAndTaxes, 6);
        Assert.Equal(0.75, Expect(scenario, "express").ExpectedDutiesAndTaxes(Start), 12);
    }

    [Theory]
    [InlineData(true, 15.0)]
    [InlineData(false, 17.6)]
    public void Run_BulkImportIntoAWarehouse_LandedCostHoldsDutyOnTheCustomsValueAndImportTaxUnlessRecoverable(bool recoverable, double landedPerUnit)
    {
        // 50 units of customs value 10 (retail 25) at 2 a unit by sea, then US customs in bulk: 30% duty
        // on 500 = 150 and, unless recoverable, 20% import VAT on 650 = 130. Written off 4 days after receipt.
        var customs = TestScenarios.Leg("import-customs", LegKind.ImportCustoms, TestScenarios.Hours(0), category: CostCategory.Handling);
        var policy = WarehouseScenarios.Policy(initialStock: 0) with { Kind = StockPolicyKind.BaseStock, ReorderPoint = 0, OrderUpTo = 50, ReviewPeriodDays = 365, WriteOffAfterDays = 4 };
        var scenario = WarehouseScenarios.With(policy, ordersPerDay: 0);
        scenario = WithRegimes(
            scenario with { Modes = [.. scenario.Modes.Where(m => m.Id != "sea"), WarehouseScenarios.Sea with { Legs = [.. WarehouseScenarios.Sea.Legs, customs] }] },
            new DutyRegime { EffectiveFrom = new DateOnly(2020, 1, 1), DeMinimis = 800, DutyRate = 0.3, TaxRate = 0.2, ImportTaxRecoverable = recoverable });

        var point = Run(scenario).Warehouse("warehouse=us-wh;product=gadget")!;

        Assert.Equal(50.0, point.UnitsWrittenOff);
        Assert.Equal(50 * landedPerUnit, point.WriteOffCost, 9);
        Assert.Equal((50 * landedPerUnit) - 500 - 100, Expect(scenario, "sea", 50).ExpectedDutiesAndTaxes(Start), 9);
    }

    [Fact]
    public void Run_OrderSoldFromImportedStock_PaysTheSaleTaxWhenSold()
    {
        // 300 units on hand for about 200 orders; 20% VAT at sale on the 25 retail value, 5 an order.
        // The only reorder (one unit) takes 100 days: no import is cleared within the run.
        var scenario = SlowReplenishment(WarehouseScenarios.With(WarehouseScenarios.Policy(initialStock: 300)));
        scenario = WithRegimes(scenario, new DutyRegime { EffectiveFrom = new DateOnly(2020, 1, 1), DeMinimis = 800, DutyRate = 0.3, TaxRate = 0.2, SaleTaxRate = 0.2 });

        var owh = Run(scenario).Group("mode=owh;market=US")!;

        Assert.True(owh.Orders > 150);
        Assert.Equal(owh.Orders, owh.FromStock);
        Assert.Equal(5.0 * owh.Orders, owh.DutiesAndTaxes, 9);
        Assert.Equal(5.0, Expect(scenario, "owh").ExpectedDutiesAndTaxes(Start), 12);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.25)]
    public void Run_RemoteShareOfTheZone_ExpressPaysItsSurchargeOnThatShare(double remoteShare)
    {
        // Express's last mile charges 8 more to a remote address; postal's charges nothing more.
        var split = new SplitSharesPolicy { Shares = [new ModeShare { Mode = "express", Share = 0.5 }, new ModeShare { Mode = "postal", Share = 0.5 }] };
        var scenario = TestScenarios.Direct(split);
        var express = TestScenarios.Express with
        {
            Legs = [.. TestScenarios.Express.Legs.Select(l => l.Kind == LegKind.LastMile ? l with { RemoteAreaSurcharge = 8 } : l)],
        };
        scenario = scenario with
        {
            Nodes = [.. scenario.Nodes.Select(n => n.Kind == NodeKind.LastMileZone ? n with { RemoteShare = remoteShare } : n)],
            Modes = [express, .. scenario.Modes.Where(m => m.Id != "express")],
        };

        var kpis = Run(scenario);

        // Express pays 1 + 10 + 4 x 0.5 kg + 3 = 16 a parcel, plus 8 for each remote one.
        var group = kpis.Group("mode=express")!;
        double remote = (group.TransportCost - (16.0 * group.Orders)) / 8;
        Assert.Equal(Math.Round(remote), remote, 6);
        double n = group.Orders;
        double sd = Math.Sqrt(n * remoteShare * (1 - remoteShare));

        // The count of remote parcels is binomial: within 3.3 standard deviations with probability 99.9% (the seed is fixed).
        Assert.InRange(remote, (n * remoteShare) - (3.3 * sd) - 1e-9, (n * remoteShare) + (3.3 * sd) + 1e-9);
        var postal = kpis.Group("mode=postal")!;
        Assert.Equal((3.5 * postal.Orders) + (2.0 * (postal.Orders - postal.Lost)), postal.TransportCost, 6);
        Assert.Equal(16 + (8 * remoteShare), Expect(scenario, "express").ExpectedCost.Total, 12);
    }
}
