using Sim.Models.Inventory;
using Sim.Models.Planning.NetworkDesign;
using Sim.Models.Planning.Plans;

namespace Sim.Models.Tests.Planning.NetworkDesign;

public sealed class PlanChangesTests
{
    private static Plan Plan(double expressShare, double orderUpTo = 1000, bool warehouse = true) => new()
    {
        Lanes =
        [
            new LanePlan
            {
                Origin = "cn",
                Market = "US",
                ProductClass = "gadget",
                Shares = expressShare < 1
                    ? [new RouteShare { Mode = "express", Share = expressShare }, new RouteShare { Mode = "owh", Warehouse = "us-wh", Share = 1 - expressShare }]
                    : [new RouteShare { Mode = "express", Share = 1 }],
            },
        ],
        Warehouses = warehouse
            ? [new WarehousePlan { Id = "us-wh", ReplenishmentMode = "sea", Policies = [new PlannedStockPolicy { ProductClass = "gadget", Kind = StockPolicyKind.MinMax, ReorderPoint = 10, OrderUpTo = orderUpTo }] }]
            : [],
    };

    [Fact]
    public void Between_NoPreviousPlan_FirstPlan() => Assert.Equal(["first plan"], PlanChanges.Between(null, Plan(0.5)));

    [Fact]
    public void Between_SharesAndLevelsWithinTolerance_NoChange()
    {
        Assert.Empty(PlanChanges.Between(Plan(0.5, 1000), Plan(0.51, 1080)));
    }

    [Fact]
    public void Between_ShareMovedBeyondTolerance_NamesTheSegmentAndBothSplits()
    {
        var change = Assert.Single(PlanChanges.Between(Plan(0.5), Plan(0.6)));

        Assert.Equal("cn/US/gadget: express 0.5 owh@us-wh 0.5 -> express 0.6 owh@us-wh 0.4", change);
    }

    [Fact]
    public void Between_WarehouseClosedAndLevelMoved_EachNamed()
    {
        Assert.Equal(["cn/US/gadget: express 0.5 owh@us-wh 0.5 -> express 1", "closed us-wh", "no longer stocks us-wh/gadget"],
            PlanChanges.Between(Plan(0.5), Plan(1, warehouse: false)));
        Assert.Equal(["us-wh/gadget order-up-to 1000 -> 1200"], PlanChanges.Between(Plan(0.5, 1000), Plan(0.5, 1200)));
    }
}
