using Sim.Engine.Randomness;
using Sim.Models.Flow;
using Sim.Models.Inventory;
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
}
