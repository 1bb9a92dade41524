using Sim.Models.Customs;
using Sim.Models.Flow.Compilation;
using Sim.Models.Inventory;
using Sim.Models.Kpis;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Flow;

/// <summary>Warehouses that planning can place: several markets, fixed cost, storage and picking, ageing stock, lead times.</summary>
public sealed partial class ParcelFlowModelTests
{
    private static Scenario SlowReplenishment(Scenario scenario) => scenario with
    {
        Modes = [.. scenario.Modes.Where(m => m.Id != "sea"), WarehouseScenarios.Sea with { Legs = [WarehouseScenarios.Sea.Legs[0] with { ProcessingTime = TestScenarios.Days(100) }] }],
    };

    [Fact]
    public void Run_WarehouseServingTwoMarkets_BothDrawOnOneStockAndShareItsCosts()
    {
        // 300 units for about 400 orders (20 a day to each market for 10 days); the one-unit reorder
        // arrives after 100 days, when no order is left to take it.
        var scenario = SlowReplenishment(WarehouseScenarios.With(WarehouseScenarios.Policy(initialStock: 300), canada: true, edit: w => w with { FixedCostPerDay = 50, HoldingCostPerUnitDay = 0.01 }));

        var kpis = Run(scenario);

        var us = kpis.Group("mode=owh;market=US")!;
        var ca = kpis.Group("mode=owh;market=CA")!;
        var warehouse = kpis.Warehouse("warehouse=us-wh")!;
        Assert.Equal(300, us.FromStock + ca.FromStock);
        Assert.True(us.FromStock > 100 && ca.FromStock > 100, $"both markets draw: US {us.FromStock}, CA {ca.FromStock}");
        Assert.Equal(kpis.Group("market=US")!.Orders + kpis.Group("market=CA")!.Orders, warehouse.Demands);

        // The warehouse's holding and fixed costs, and its one-unit shipment's 2, go to the two markets by the orders each took from stock.
        double warehouseCost = warehouse.HoldingCost + warehouse.FixedCost;
        Assert.Equal(500.0, warehouse.FixedCost, 9);
        Assert.Equal(warehouseCost, us.WarehousingCost + ca.WarehousingCost, 6);
        Assert.Equal((double)us.FromStock / ca.FromStock, us.WarehousingCost / ca.WarehousingCost, 9);
        Assert.Equal((4.0 * 300) + 2, us.TransportCost + ca.TransportCost, 6);
    }

    [Fact]
    public void Run_IdleWarehouse_FixedHoldingAndOverflowCostsAreExact()
    {
        // 700 units in room for 500, no orders; measured from day 2 to the horizon at day 10, with a report period from day 5.
        var scenario = WarehouseScenarios.With(WarehouseScenarios.Policy(initialStock: 700), ordersPerDay: 0, edit: w => w with
        {
            CapacityUnits = 500,
            OnOverflow = StorageOverflow.Overflow,
            OverflowCostPerDay = 0.5,
            FixedCostPerDay = 100,
            HoldingCostPerUnitDay = 0.01,
        });
        scenario = scenario with { WarmUpDays = 2, ReportPeriods = [new DateOnly(2025, 4, 6)] };

        var kpis = Run(scenario);

        var warehouse = kpis.Warehouse("warehouse=us-wh")!;
        Assert.Equal(200 * 8 * 0.5, warehouse.OverflowCost, 6);
        Assert.Equal(100 * 8, warehouse.FixedCost, 9);
        Assert.Equal(700 * 8 * 0.01, warehouse.HoldingCost, 6);
        Assert.Equal(800 + 800 + 56, kpis.Group("mode=owh;market=US")!.WarehousingCost, 6);

        // Days 2 to 5 and 5 to 10.
        var first = kpis.Warehouse("warehouse=us-wh;period=2025-04-01..2025-04-05")!;
        var second = kpis.Warehouse("warehouse=us-wh;period=2025-04-06..2025-04-10")!;
        Assert.Equal((300.0, 500.0), (first.FixedCost, second.FixedCost));
        Assert.Equal((200 * 3 * 0.5, 200 * 5 * 0.5), (first.OverflowCost, second.OverflowCost));
        Assert.Equal(700.0, second.AverageStock, 9);
    }

    [Fact]
    public void Run_FullWarehouseRefusingOverflow_CutsEachReorderToTheFreeRoom()
    {
        // Room for 500; from 450 on hand, each reorder at 400 wants 600 (up to 1,000) and gets the 100 that fit.
        var scenario = SlowReplenishment(WarehouseScenarios.With(WarehouseScenarios.Policy(initialStock: 450, reorderPoint: 400, orderUpTo: 1000), edit: w => w with { CapacityUnits = 500 }));

        var point = Run(scenario).Warehouse("warehouse=us-wh;product=gadget")!;

        Assert.True(point.Replenishments >= 1);
        Assert.Equal(500.0 * point.Replenishments, point.UnitsRefused);
        Assert.Equal(100.0 * point.Replenishments, point.UnitsReceived);
    }

    [Fact]
    public void Run_PickCapacity_OneDailyQuotaForEveryMarketTheWarehouseServes()
    {
        var scenario = WarehouseScenarios.With(WarehouseScenarios.Policy(initialStock: 100_000), canada: true, edit: w => w with { PickCapacityPerDay = 10 });
        var network = RouteCompiler.Compile(scenario);
        var us = network.FindRoute("owh", "us-wh", "US")!.Legs[0];
        var ca = network.FindRoute("owh", "us-wh", "CA")!.Legs[0];

        var kpis = Run(scenario);

        Assert.Equal((StationKind.DailyQuota, StationKind.DailyQuota), (us.Station, ca.Station));
        var all = kpis.Group("mode=owh")!;

        // About 400 orders picked 10 a day: the last leaves on day ceil(n/10) - 1, a day before its delivery.
        double lastPickDay = Math.Ceiling(all.Orders / 10.0) - 1;
        Assert.Equal(all.Orders, all.Delivered + all.Returned);
        Assert.InRange(all.DeliveryDays.Max, lastPickDay + 1 - 10, lastPickDay + 2);
        Assert.NotNull(kpis.Resource(GroupKey.Parse("quota=us-wh/pick")));
    }

    [Fact]
    public void Run_ShipmentAgeingPastItsLimit_WrittenOffAtItsLandedCost()
    {
        // Base stock 50 reviewed at time 0: 50 units (customs value 10) by a two-day sea leg at 2 a unit,
        // then US customs (one day, 30% duty on the customs value in bulk); written off 4 days after receipt.
        var customs = TestScenarios.Leg("import-customs", LegKind.ImportCustoms, TestScenarios.Hours(0), category: CostCategory.Handling);
        var policy = WarehouseScenarios.Policy(initialStock: 0) with { Kind = StockPolicyKind.BaseStock, ReorderPoint = 0, OrderUpTo = 50, ReviewPeriodDays = 365, WriteOffAfterDays = 4 };
        var scenario = WarehouseScenarios.With(policy, ordersPerDay: 0);
        scenario = scenario with { Modes = [.. scenario.Modes.Where(m => m.Id != "sea"), WarehouseScenarios.Sea with { Legs = [.. WarehouseScenarios.Sea.Legs, customs] }] };

        var point = Run(scenario).Warehouse("warehouse=us-wh;product=gadget")!;

        // Landed: (50 x 10 + 50 x 2 + 0.3 x 500) / 50 = 15 a unit; received on day 3, written off on day 7.
        Assert.Equal(50.0, point.UnitsReceived);
        Assert.Equal(50.0, point.UnitsWrittenOff);
        Assert.Equal(750.0, point.WriteOffCost, 9);
        Assert.Equal(3.0, point.LeadTimeDays.Mean, 9);
        Assert.Equal(3.0, point.LeadTimeQuantiles.Quantile(0.95), 0.01);
    }

    [Fact]
    public void Run_AgeingAtARatePerDay_WritesOffThatShareEachDayAtTheInitialStockValue()
    {
        // 100 units, 10% a day for 10 days, no orders. Initial stock is valued at the customs value (10)
        // plus the expected cost per unit of a shipment of order-up-to (1) units: 2.
        var scenario = WarehouseScenarios.With(WarehouseScenarios.Policy(initialStock: 100) with { WriteOffRatePerDay = 0.1 }, ordersPerDay: 0, horizonDays: 10.5);

        var point = Run(scenario).Warehouse("warehouse=us-wh;product=gadget")!;

        double units = 100 * (1 - Math.Pow(0.9, 10));
        Assert.Equal(units, point.UnitsWrittenOff, 9);
        Assert.Equal(12 * units, point.WriteOffCost, 9);
    }

    [Fact]
    public void Run_DutyRegimeChangesInsideTheHorizon_EveryKpiAlsoPerPeriod()
    {
        // Duty-free until 10 April, then 30% (7.5 on the gadget): express clears 2.25 days after the order.
        var scenario = TestScenarios.Direct(horizonDays: 20);
        var market = scenario.Markets[0];
        var changing = scenario with
        {
            Markets = [market with { DutyRegimes = [market.DutyRegimes[0], new DutyRegime { EffectiveFrom = new DateOnly(2025, 4, 11), DutyRate = 0.3 }] }],
        };

        var kpis = Run(changing);

        var whole = kpis.Group("mode=express;market=US")!;
        var before = kpis.Group("mode=express;market=US;period=2025-04-01..2025-04-10")!;
        var after = kpis.Group("mode=express;market=US;period=2025-04-11..2025-04-20")!;
        Assert.Equal(whole.Orders, before.Orders + after.Orders);
        Assert.Equal(whole.TotalCost, before.TotalCost + after.TotalCost, 6);
        Assert.Equal(7.5 * after.Orders, after.DutiesAndTaxes, 6);
        Assert.InRange(before.DutiesAndTaxes / before.Orders, 7.5 * 2.25 / 10 * 0.8, 7.5 * 2.25 / 10 * 1.2);
        Assert.Equal(before.Orders, kpis.Group("period=2025-04-01..2025-04-10")!.Orders);
        Assert.Equal(after.Orders, kpis.Group("mode=express;period=2025-04-11..2025-04-20")!.Orders);
    }
}
