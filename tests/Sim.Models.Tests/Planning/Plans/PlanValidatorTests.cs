using Sim.Models.Inventory;
using Sim.Models.Planning.Plans;

namespace Sim.Models.Tests.Planning.Plans;

public sealed class PlanValidatorTests
{
    private static readonly Plan Valid = PlanLoader.TryParse(BaselinePlan.Yaml, "plan.yaml", BaselinePlan.Scenario, out _)!;

    private static IEnumerable<string> Problems(Plan plan) =>
        PlanValidator.Validate(plan, BaselinePlan.Scenario).Select(e => $"{e.Field}: {e.Reason}");

    [Fact]
    public void Validate_ValidPlan_NoErrors()
    {
        Assert.Empty(PlanValidator.Validate(Valid, BaselinePlan.Scenario));
    }

    /// <summary>The GB warehouse made to serve BR too: a fallback needs a lane to BR as well, which dedicated lacks.</summary>
    [Fact]
    public void Validate_FallbackWithoutLaneToAMarketTheWarehouseAlsoServes_NamesThatMarket()
    {
        var scenario = BaselinePlan.Scenario with
        {
            Warehouses = [.. BaselinePlan.Scenario.Warehouses.Select(w => w.Id == "gb-warehouse" ? w with { AlsoServes = [new WarehouseMarket("BR", "owh")] } : w)],
        };
        var gb = Valid.Warehouses.Single(w => w.Id == "gb-warehouse");
        var plan = Valid with
        {
            Warehouses = [.. Valid.Warehouses.Select(w => w == gb ? w with { Policies = [.. w.Policies.Select(p => p with { FallbackMode = "dedicated" })] } : w)],
        };

        var errors = PlanValidator.Validate(plan, scenario).Select(e => $"{e.Field}: {e.Reason}");

        Assert.Equal(["warehouses[gb-warehouse].policies[electronics].fallback_mode: mode 'dedicated' has no lane from shenzhen to BR, where electronics is sold"], errors);
        Assert.Empty(PlanValidator.Validate(plan, BaselinePlan.Scenario));
    }

    [Fact]
    public void Validate_PlanBuiltInMemory_NamesTheSourceAndNoLine()
    {
        var plan = Valid with { DedicatedLines = [new DedicatedLinePlan { Mode = "express", WeeklyDepartures = 2 }] };

        var error = Assert.Single(PlanValidator.Validate(plan, BaselinePlan.Scenario, "optimiser"));

        Assert.Equal("optimiser:0:0: dedicated_lines[express].mode: mode 'express' is a international_express mode, expected dedicated_line", error.ToString());
    }

    [Fact]
    public void Validate_SameLaneTwiceAndWholeBesideSegment_ReportsBoth()
    {
        var whole = Valid.Lanes[2];
        var plan = Valid with { Lanes = [.. Valid.Lanes, whole, Valid.Lanes[1] with { Segment = OrderSegment.All }] };

        Assert.Equal(
            ["lanes[shenzhen/US/electronics]: duplicate lane shenzhen/US/electronics",
             "lanes[shenzhen/US/apparel/b2c].segment: lane shenzhen/US/apparel is planned both whole and by segment; keep one",
             "lanes[shenzhen/US/apparel/b2b].segment: lane shenzhen/US/apparel is planned both whole and by segment; keep one"],
            Problems(plan));
    }

    [Fact]
    public void Validate_OriginThatIsNotAnOriginRegionAndLaneWithoutDemand_Rejected()
    {
        var lane = Valid.Lanes[5] with { Origin = "szx-airport" };
        var plan = Valid with { Lanes = [.. Valid.Lanes.Take(5), lane, .. Valid.Lanes.Skip(6)] };

        var problems = Problems(plan).ToList();

        Assert.Contains("lanes[szx-airport/GB/apparel].origin: node 'szx-airport' is a export_gateway, not an origin_region", problems);
        Assert.Contains("lanes: no shares for lane shenzhen/GB/apparel, which has demand in the demand table", problems);
    }

    [Fact]
    public void Validate_ReplenishmentModeServingALaneAndDirectModeWithWarehouse_Rejected()
    {
        var lane = Valid.Lanes[5] with { Shares = [new RouteShare { Mode = "sea-us", Share = 0.5 }, new RouteShare { Mode = "dedicated", Warehouse = "gb-warehouse", Share = 0.5 }] };
        var plan = Valid with { Lanes = [.. Valid.Lanes.Take(5), lane, .. Valid.Lanes.Skip(6)] };

        Assert.Equal(
            ["lanes[shenzhen/GB/apparel].shares[sea-us].mode: mode 'sea-us' is a replenishment mode and cannot serve orders",
             "lanes[shenzhen/GB/apparel].shares[gb-warehouse].warehouse: is only used with a warehouse mode; 'dedicated' is a dedicated_line mode"],
            Problems(plan));
    }

    [Theory]
    [InlineData(StockPolicyKind.MinMax, null, 100.0, 0.0, "reorder_point: required field is missing for a min_max policy")]
    [InlineData(StockPolicyKind.MinMax, -1.0, 100.0, 0.0, "reorder_point: -1 must be zero or more")]
    [InlineData(StockPolicyKind.MinMax, 10.0, 0.0, 0.0, "order_up_to: 0 must be positive")]
    [InlineData(StockPolicyKind.BaseStock, 10.0, 100.0, 7.0, "reorder_point: is not used by a base_stock policy")]
    [InlineData(StockPolicyKind.BaseStock, null, 100.0, 0.0, "review_period_days: 0 must be positive")]
    public void Validate_BadStockLevels_NamesTheField(StockPolicyKind kind, double? s, double orderUpTo, double review, string problem)
    {
        var warehouse = Valid.Warehouses[2] with
        {
            Policies = [new PlannedStockPolicy { ProductClass = "electronics", Kind = kind, ReorderPoint = s, OrderUpTo = orderUpTo, ReviewPeriodDays = review }],
        };
        var plan = Valid with { Warehouses = [.. Valid.Warehouses.Take(2), warehouse, .. Valid.Warehouses.Skip(3)] };

        Assert.Equal([$"warehouses[gb-warehouse].policies[electronics].{problem}"], Problems(plan));
    }

    [Fact]
    public void Validate_FiguresOutOfRangeAndUnknownMarket_Rejected()
    {
        var plan = Valid with
        {
            Figures = new PlanFigures { OnTimeProbability = 1.2, Markets = [new MarketFigures { Market = "FR", MeanDays = -1 }] },
        };

        var problems = Problems(plan).ToList();

        Assert.Equal(3, problems.Count);
        Assert.Equal("figures.on_time_probability: 1.2 is a fraction and must be in [0, 1]", problems[0]);
        Assert.StartsWith("figures.markets[FR].market: unknown market 'FR'", problems[1], StringComparison.Ordinal);
        Assert.Equal("figures.markets[FR].mean_days: -1 must be zero or more", problems[2]);
    }
}
