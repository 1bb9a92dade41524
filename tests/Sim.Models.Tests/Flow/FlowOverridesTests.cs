using Sim.Engine.Randomness;
using Sim.Models.Flow;
using Sim.Models.Flow.Compilation;
using Sim.Models.Inventory;
using Sim.Models.Kpis;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Flow;

public sealed class FlowOverridesTests
{
    private static readonly FulfilmentPolicySpec Postal = new FixedModePolicy { Mode = "postal" };

    [Fact]
    public void ApplyTo_FulfilmentOfALane_ReplacesOnlyThatLanesPolicy()
    {
        var scenario = TestScenarios.Direct();
        var overrides = new FlowOverrides { Fulfilment = new Dictionary<(string, string), FulfilmentPolicySpec> { [("US", "gadget")] = Postal } };

        var applied = overrides.ApplyTo(scenario);

        Assert.Same(Postal, applied.Fulfilment.Single().Policy);
        Assert.IsType<FixedModePolicy>(scenario.Fulfilment.Single().Policy);
        Assert.Equal("express", ((FixedModePolicy)scenario.Fulfilment.Single().Policy).Mode);
    }

    [Fact]
    public void ApplyTo_StockPolicyOfAClassNotStocked_StartsStockingIt()
    {
        var scenario = TestScenarios.WithWarehouse(100, StockOutAction.Backorder);
        var extra = scenario with { ProductClasses = [.. scenario.ProductClasses, scenario.ProductClasses[0] with { Id = "widget", Name = "widget" }] };
        var policy = new StockPolicy { ProductClass = "widget", Kind = StockPolicyKind.BaseStock, OrderUpTo = 50, ReviewPeriodDays = 7 };
        var overrides = new FlowOverrides { StockPolicies = new Dictionary<(string, string), StockPolicy> { [("us-wh", "widget")] = policy } };

        var applied = overrides.ApplyTo(extra);

        Assert.Equal(["gadget", "widget"], applied.Warehouses[0].Policies.Select(p => p.ProductClass));
    }

    [Fact]
    public void ApplyTo_UnknownLaneOrWarehouse_ThrowsNamingIt()
    {
        var scenario = TestScenarios.Direct();
        var lane = new FlowOverrides { Fulfilment = new Dictionary<(string, string), FulfilmentPolicySpec> { [("DE", "gadget")] = Postal } };
        var warehouse = new FlowOverrides
        {
            StockPolicies = new Dictionary<(string, string), StockPolicy> { [("nowhere", "gadget")] = new StockPolicy { ProductClass = "gadget", Kind = StockPolicyKind.MinMax, OrderUpTo = 5 } },
        };

        Assert.Contains("market DE", Assert.Throws<ArgumentException>(() => lane.ApplyTo(scenario)).Message, StringComparison.Ordinal);
        Assert.Contains("nowhere", Assert.Throws<ArgumentException>(() => warehouse.ApplyTo(scenario)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FulfilmentOverridden_TheOverridingPolicyRuns()
    {
        var scenario = TestScenarios.Direct();
        var overrides = new FlowOverrides { Fulfilment = new Dictionary<(string, string), FulfilmentPolicySpec> { [("US", "gadget")] = Postal } };

        var plain = new ParcelFlowModel(scenario, new RandomStreams(3).ForReplication(0)).Run();
        var planned = new ParcelFlowModel(scenario, new RandomStreams(3).ForReplication(0), overrides: overrides).Run();

        Assert.Null(plain.Group("mode=postal"));
        Assert.Null(planned.Group("mode=express"));
        Assert.Equal(plain.Group("all")!.Orders, planned.Group("mode=postal")!.Orders);
    }

    [Fact]
    public void Run_StockPolicyOverridden_NoStockMeansBackorders()
    {
        // The scenario holds 100,000 units; the override starts the warehouse empty.
        var scenario = TestScenarios.WithWarehouse(100_000, StockOutAction.Backorder);
        var empty = scenario.Warehouses[0].Policies[0] with { InitialStock = 0 };
        var overrides = new FlowOverrides { StockPolicies = new Dictionary<(string, string), StockPolicy> { [("us-wh", "gadget")] = empty } };

        var summary = ScenarioSimulation.Run(scenario, 5, 2, 1, overrides);

        Assert.Equal(0, ScenarioSimulation.Run(scenario, 5, 2, 1).Find("mode=owh", "backorder_share")!.Mean);
        Assert.True(summary.Find("mode=owh", "backorder_share")!.Mean > 0.5);
    }

    private static ReplicationKpis Run(Scenario scenario, FlowOverrides overrides, ulong seed = 3) =>
        new ParcelFlowModel(scenario, new RandomStreams(seed).ForReplication(0), overrides: overrides).Run();

    private static Dictionary<(string, string, string), StreamRouting> Route(string origin, string market, string product, StreamRouting routing) =>
        new() { [(origin, market, product)] = routing };

    [Fact]
    public void Routing_B2bRoutedApart_EveryB2bOrderTakesItsOwnMode()
    {
        // 30% of orders are B2B: B2C goes by postal, B2B by express. Over about 6,000 orders the B2B share
        // has a standard deviation of 0.006; the tolerance is five of them.
        var scenario = TestScenarios.Direct() with
        {
            DemandStreams = [TestScenarios.Direct().DemandStreams[0] with { B2bShare = 0.3, B2bUnitsPerOrder = 2 }],
        };
        var overrides = new FlowOverrides
        {
            Routing = Route("cn", "US", "gadget", new StreamRouting { B2c = [new RoutedShare("postal", null, 1)], B2b = [new RoutedShare("express", null, 1)] }),
        };

        var kpis = Run(scenario, overrides);

        var all = kpis.Group("all")!;
        var express = kpis.Group("mode=express")!;
        Assert.Equal(all.Orders, express.Orders + kpis.Group("mode=postal")!.Orders);
        Assert.InRange((double)express.Orders / all.Orders, 0.27, 0.33);
    }

    [Fact]
    public void Routing_SharesOverDirectAndWarehouseRoutes_FollowedAndOverrideTheLanePolicy()
    {
        var scenario = TestScenarios.WithWarehouse(initialStock: 100_000, StockOutAction.Backorder, orderUpTo: 200_000);
        var overrides = new FlowOverrides
        {
            Routing = Route("cn", "US", "gadget", new StreamRouting { B2c = [new RoutedShare("owh", "us-wh", 0.25), new RoutedShare("express", null, 0.75)] }),
        };

        var kpis = Run(scenario, overrides);

        // About 6,000 orders: the warehouse's share has a standard deviation of 0.006.
        double fromStock = (double)kpis.Group("mode=owh")!.Orders / kpis.Group("all")!.Orders;
        Assert.InRange(fromStock, 0.22, 0.28);
    }

    [Fact]
    public void ClosedWarehouses_BaselineWarehouseClosedAndItsStreamsRerouted_NoStockNoReturnsThere()
    {
        var baseline = BaselineScenario.Value with { HorizonDays = 20 };
        var direct = new StreamRouting { B2c = [new RoutedShare("dedicated", null, 1)] };
        var overrides = new FlowOverrides
        {
            ClosedWarehouses = new HashSet<string> { "de-warehouse" },
            Routing = new Dictionary<(string, string, string), StreamRouting>
            {
                [("shenzhen", "DE", "electronics")] = direct,
                [("yiwu", "DE", "home")] = direct,
            },
        };

        var network = RouteCompiler.Compile(baseline, overrides);
        var kpis = Run(baseline, overrides);

        Assert.DoesNotContain(network.Scenario.Warehouses, w => w.Id == "de-warehouse");
        Assert.Null(network.Scenario.Returns.Single(r => r.Market == "DE").Warehouse);
        Assert.Null(kpis.Warehouse("warehouse=de-warehouse"));
        Assert.Null(kpis.Group("mode=owh;market=DE"));
        Assert.True(kpis.Group("mode=dedicated;market=DE")!.Orders > 0);
    }

    [Fact]
    public void WarehouseStockAndReplenishmentModes_ReplaceTheWarehouseLists()
    {
        var scenario = TestScenarios.WithWarehouse(1000, StockOutAction.Backorder);
        scenario = scenario with { Modes = [.. scenario.Modes, TestScenarios.Sea with { Id = "air" }] };
        var policy = scenario.Warehouses[0].Policies[0] with { OrderUpTo = 50, ReorderPoint = 5 };
        var overrides = new FlowOverrides
        {
            ReplenishmentModes = new Dictionary<string, string> { ["us-wh"] = "air" },
            WarehouseStock = new Dictionary<string, IReadOnlyList<StockPolicy>> { ["us-wh"] = [policy] },
        };

        var network = RouteCompiler.Compile(scenario, overrides);

        var warehouse = Assert.Single(network.Scenario.Warehouses);
        Assert.Equal("air", warehouse.ReplenishmentMode);
        Assert.Equal(50, Assert.Single(warehouse.Policies).OrderUpTo);
        Assert.Contains(network.Routes, r => r.Mode.Id == "air" && r.Warehouse == "us-wh");
        Assert.DoesNotContain(network.Routes, r => r.Mode.Id == "sea");
    }

    [Theory]
    [InlineData(7, 20_000.0)]
    [InlineData(14, 40_000.0)]
    [InlineData(1, 20_000.0 / 7)]
    public void WeeklyDepartures_PostalLineHaul_CapacityFollowsTheDepartures(int perWeek, double parcelsPerDay)
    {
        var overrides = new FlowOverrides { WeeklyDepartures = new Dictionary<string, int> { ["postal"] = perWeek } };

        var network = RouteCompiler.Compile(BaselineScenario.Value, overrides);

        var linehaul = network.Routes.First(r => r.Mode.Id == "postal").Legs.Single(l => l.Spec.Id == "linehaul");
        Assert.Equal(parcelsPerDay, linehaul.Capacity!.ParcelsPerDay!.Value, 1e-6);
    }

    [Fact]
    public void WeeklyDepartures_ThreeAWeek_MondayWednesdayFridayAtTheFirstHour()
    {
        var timetable = new TimetableSpec { DepartureHours = [23, 5], Weekdays = [DayOfWeek.Sunday], CutoffHours = 6, CapacityParcels = 10 };

        var spread = WeeklyTimetable.Spread(timetable, 3);

        Assert.Equal([23.0], spread.DepartureHours);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], spread.Weekdays);
        Assert.Equal(6, spread.CutoffHours);
        Assert.Equal(10, spread.CapacityParcels);
    }

    [Fact]
    public void ApplyTo_RoutingWithoutALaneOrThroughAClosedWarehouse_Throws()
    {
        var scenario = TestScenarios.WithWarehouse(10, StockOutAction.Backorder);
        var noLane = new FlowOverrides { Routing = Route("cn", "US", "gadget", new StreamRouting { B2c = [new RoutedShare("owh", null, 1)] }) };
        var closed = new FlowOverrides
        {
            ClosedWarehouses = new HashSet<string> { "us-wh" },
            Routing = Route("cn", "US", "gadget", new StreamRouting { B2c = [new RoutedShare("owh", "us-wh", 1)] }),
        };
        var shares = new FlowOverrides { Routing = Route("cn", "US", "gadget", new StreamRouting { B2c = [new RoutedShare("express", null, 0.5)] }) };
        var stream = new FlowOverrides { Routing = Route("cn", "DE", "gadget", new StreamRouting { B2c = [new RoutedShare("express", null, 1)] }) };

        Assert.Throws<ArgumentException>(() => noLane.ApplyTo(scenario));
        Assert.Throws<ArgumentException>(() => closed.ApplyTo(scenario));
        Assert.Throws<ArgumentException>(() => shares.ApplyTo(scenario));
        Assert.Throws<ArgumentException>(() => stream.ApplyTo(scenario));
    }
}
