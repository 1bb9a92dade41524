using Sim.Engine.Randomness;
using Sim.Models.Flow;
using Sim.Models.Flow.Compilation;
using Sim.Models.Inventory;
using Sim.Models.Planning.Plans;

namespace Sim.Models.Tests.Planning.Plans;

public sealed class PlanOverridesTests
{
    private static Plan Example => PlanLoader.TryParse(BaselinePlan.Yaml, "plan.yaml", BaselinePlan.Scenario, out _)!;

    [Fact]
    public void For_ExamplePlan_RoutingPerStreamWithB2bApartAndTheWarehouseOfEachShare()
    {
        var overrides = PlanOverrides.For(Example, BaselinePlan.Scenario);

        var apparel = overrides.Routing[("shenzhen", "US", "apparel")];
        Assert.Equal([new RoutedShare("postal", null, 0.5), new RoutedShare("dedicated", null, 0.3), new RoutedShare("express", null, 0.2)], apparel.B2c);
        Assert.Equal([new RoutedShare("dedicated", null, 1)], apparel.B2b);
        var electronics = overrides.Routing[("shenzhen", "US", "electronics")];
        Assert.Null(electronics.B2b);
        Assert.Contains(new RoutedShare("owh", "us-la-warehouse", 0.7), electronics.B2c);
        Assert.Equal(3, overrides.WeeklyDepartures["dedicated"]);
        Assert.Empty(overrides.ClosedWarehouses);
    }

    [Fact]
    public void For_PolicyWithoutFallback_KeepsTheScenariosStockOutActionAndStartsMidCycle()
    {
        var overrides = PlanOverrides.For(Example, BaselinePlan.Scenario);

        var electronics = overrides.WarehouseStock["us-la-warehouse"].Single(p => p.ProductClass == "electronics");
        Assert.Equal(StockOutAction.FallbackToMode, electronics.OnStockOut);
        Assert.Equal("dedicated", electronics.FallbackMode);
        Assert.Equal((3000 + 6000) / 2.0, electronics.InitialStock);
        var home = overrides.WarehouseStock["us-la-warehouse"].Single(p => p.ProductClass == "home");
        Assert.Equal(2600, home.InitialStock);
    }

    [Fact]
    public void For_WarehouseLeftOut_ClosedAndItsLanesSimulateWithoutIt()
    {
        var plan = Example with
        {
            Lanes = Example.Lanes.Select(l => l.Market == "GB" && l.ProductClass == "electronics"
                ? l with { Shares = [new RouteShare { Mode = "express", Share = 1 }] }
                : l).ToValueList(),
            Warehouses = Example.Warehouses.Where(w => w.Id != "gb-warehouse").ToValueList(),
        };
        Assert.Empty(PlanValidator.Validate(plan, BaselinePlan.Scenario));

        var overrides = PlanOverrides.For(plan, BaselinePlan.Scenario);
        var kpis = new ParcelFlowModel(BaselinePlan.Scenario with { HorizonDays = 15 }, new RandomStreams(1).ForReplication(0), overrides: overrides).Run();

        Assert.Contains("gb-warehouse", overrides.ClosedWarehouses);
        Assert.Null(kpis.Warehouse("warehouse=gb-warehouse"));
        Assert.Null(kpis.Group("mode=owh;market=GB"));
        Assert.True(kpis.Group("mode=express;market=GB")!.Orders > 0);
    }

    [Fact]
    public void For_ExamplePlan_CompilesWithEveryOverride()
    {
        var network = RouteCompiler.Compile(BaselinePlan.Scenario, PlanOverrides.For(Example, BaselinePlan.Scenario));

        var line = network.Routes.First(r => r.Mode.Id == "dedicated").Legs.Single(l => l.Spec.Id == "linehaul");
        Assert.Equal(3 / 7.0, line.DeparturesPerDay, 12);
        Assert.Equal(1300, network.Scenario.Warehouses.Single(w => w.Id == "de-warehouse").Policies.Single(p => p.ProductClass == "electronics").ReorderPoint);
    }
}
