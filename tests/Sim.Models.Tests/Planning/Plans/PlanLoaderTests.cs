using Sim.Models.Inventory;
using Sim.Models.Planning.Plans;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Planning.Plans;

public sealed partial class PlanLoaderTests
{
    private const string File = "plan.yaml";

    private static (Plan? Plan, IReadOnlyList<ScenarioError> Errors) Parse(string yaml)
    {
        var plan = PlanLoader.TryParse(yaml, File, BaselinePlan.Scenario, out var errors);
        return (plan, errors);
    }

    private static ScenarioError SingleError(string yaml)
    {
        var (plan, errors) = Parse(yaml);
        Assert.Null(plan);
        return Assert.Single(errors);
    }

    [Fact]
    public void TryParse_HandWrittenBaselinePlan_ReadsEveryPart()
    {
        var (plan, errors) = Parse(BaselinePlan.Yaml);

        Assert.Empty(errors);
        Assert.NotNull(plan);
        Assert.Equal("baseline", plan.Scenario);
        Assert.Equal(17, plan.Lanes.Count);
        var b2b = plan.Lanes[1];
        Assert.Equal(("shenzhen", "US", "apparel", OrderSegment.B2b), (b2b.Origin, b2b.Market, b2b.ProductClass, b2b.Segment));
        Assert.Equal(new RouteShare { Mode = "owh", Warehouse = "us-la-warehouse", Share = 0.7 }, plan.Lanes[2].Shares[0]);
        Assert.Equal(5, plan.Warehouses.Count);
        Assert.Equal(new PlannedStockPolicy { ProductClass = "home", Kind = StockPolicyKind.BaseStock, OrderUpTo = 2600, ReviewPeriodDays = 7 }, plan.Warehouses[0].Policies[1]);
        Assert.Equal(3, Assert.Single(plan.DedicatedLines).WeeklyDepartures);
        Assert.Equal(0.91, plan.Figures!.OnTimeProbability);
        Assert.Equal(new MarketFigures { Market = "DE", MeanDays = 7 }, plan.Figures.Markets[1]);
    }

    [Fact]
    public void TryParse_WrittenPlan_ReadsBackTheSamePlan()
    {
        var (plan, _) = Parse(BaselinePlan.Yaml);

        var yaml = PlanYamlWriter.ToYaml(plan!);
        var (again, errors) = Parse(yaml);

        Assert.Empty(errors);
        Assert.Equal(plan, again);
        Assert.Equal(yaml, PlanYamlWriter.ToYaml(again!));
    }

    [Fact]
    public void TryParse_HandEditedTypoInFieldName_RejectedWithItsLineAndASuggestion()
    {
        var yaml = BaselinePlan.With("- {mode: express, share: 0.2}", "- {mode: express, sahre: 0.2}");

        var error = SingleError(yaml);

        Assert.Equal(BaselinePlan.LineOf(yaml, "sahre"), error.Line);
        Assert.Equal("lanes[shenzhen/US/apparel/b2c].shares[express].sahre", error.Field);
        Assert.Equal("unknown field 'sahre' in 'lanes[shenzhen/US/apparel/b2c].shares[express]' (did you mean 'share'?)", error.Reason);
        Assert.StartsWith($"{File}:{error.Line}:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_SharesNotSummingToOne_RejectedAtTheLane()
    {
        var yaml = BaselinePlan.With("{mode: postal, share: 0.7}, {mode: express, share: 0.3}", "{mode: postal, share: 0.7}, {mode: express, share: 0.2}");

        var error = SingleError(yaml);

        Assert.Equal(BaselinePlan.LineOf(yaml, "market: BR, product_class: electronics"), error.Line);
        Assert.Equal("lanes[shenzhen/BR/electronics].shares", error.Field);
        Assert.StartsWith("shares sum to 0.9", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_SharesOffByMoreThanTolerance_Rejected_AndWithinTolerance_Accepted()
    {
        var off = BaselinePlan.With("{mode: postal, share: 0.7}, {mode: express, share: 0.3}", "{mode: postal, share: 0.7}, {mode: express, share: 0.300000002}");
        var within = BaselinePlan.With("{mode: postal, share: 0.7}, {mode: express, share: 0.3}", "{mode: postal, share: 0.7}, {mode: express, share: 0.3000000002}");

        Assert.StartsWith("shares sum to", SingleError(off).Reason, StringComparison.Ordinal);
        Assert.Empty(Parse(within).Errors);
    }

    [Fact]
    public void TryParse_UnknownMode_RejectedWithSuggestion()
    {
        var yaml = BaselinePlan.With("{origin: yiwu, market: GB, product_class: home, shares: [{mode: postal, share: 1}]}", "{origin: yiwu, market: GB, product_class: home, shares: [{mode: postl, share: 1}]}");

        var error = SingleError(yaml);

        Assert.Equal(BaselinePlan.LineOf(yaml, "postl"), error.Line);
        Assert.Equal("lanes[yiwu/GB/home].shares[postl].mode", error.Field);
        Assert.Equal("unknown mode 'postl' (did you mean 'postal'?)", error.Reason);
    }

    [Theory]
    [InlineData("warehouse: de-warehouse, share: 1}", "warehouse: de-warehous, share: 1}", "unknown warehouse 'de-warehous' (did you mean 'de-warehouse'?)")]
    [InlineData("warehouse: de-warehouse, share: 1}", "warehouse: us-la-warehouse, share: 1}", "warehouse 'us-la-warehouse' serves market US, not DE")]
    [InlineData("warehouse: de-warehouse, share: 1}", "share: 1}", "required field is missing: which warehouse ships these orders by warehouse mode 'owh'")]
    public void TryParse_WrongWarehouseOnALane_RejectedNamingIt(string find, string replace, string reason)
    {
        var error = SingleError(BaselinePlan.With(find, replace));

        Assert.StartsWith("lanes[shenzhen/DE/electronics].shares[", error.Field, StringComparison.Ordinal);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void TryParse_RouteThroughWarehouseTheplanDoesNotOpen_Rejected()
    {
        var yaml = BaselinePlan.With("""
              - id: gb-warehouse
                replenishment_mode: air-gb
                policies:
                  - {product_class: electronics, kind: min_max, reorder_point: 350, order_up_to: 800, review_period_days: 1}

            """, "");

        var error = SingleError(yaml);

        Assert.Equal("lanes[shenzhen/GB/electronics].shares[gb-warehouse].warehouse", error.Field);
        Assert.Equal("warehouse 'gb-warehouse' is not open in this plan (list it under warehouses)", error.Reason);
    }

    [Fact]
    public void TryParse_PostalForHeavyB2bOrders_AsksForSubLanes()
    {
        var yaml = BaselinePlan.With("{origin: shenzhen, market: DE, product_class: apparel, shares: [{mode: dedicated, share: 0.6}, {mode: express, share: 0.4}]}",
            "{origin: shenzhen, market: DE, product_class: apparel, shares: [{mode: postal, share: 0.6}, {mode: express, share: 0.4}]}");

        var error = SingleError(yaml);

        Assert.Equal("lanes[shenzhen/DE/apparel].shares[postal].mode", error.Field);
        Assert.Equal("mode 'postal' takes parcels up to 2 kg, but B2B orders on this lane weigh 8 kg (plan the lane's b2c and b2b segments separately)", error.Reason);
    }

    [Fact]
    public void TryParse_LaneLeftOut_ReportsTheUncoveredDemand()
    {
        var yaml = BaselinePlan.With("  - {origin: yiwu, market: GB, product_class: home, shares: [{mode: postal, share: 1}]}\n", "");

        var error = SingleError(yaml);

        Assert.Equal("lanes", error.Field);
        Assert.Equal("no shares for lane yiwu/GB/home, which has demand in the demand table", error.Reason);
    }

    [Fact]
    public void TryParse_SubLaneMissing_ReportsTheSegment()
    {
        var yaml = BaselinePlan.With("""
              - origin: shenzhen
                market: US
                product_class: apparel
                segment: b2b
                shares:
                  - {mode: dedicated, share: 1}

            """, "");

        Assert.Equal("no shares for the B2B orders of lane shenzhen/US/apparel (add a lane with segment: b2b)", SingleError(yaml).Reason);
    }

    [Fact]
    public void TryParse_ManyErrors_ReportsEachInFileOrder()
    {
        var yaml = BaselinePlan.With("reorder_point: 1300, order_up_to: 2800", "reorder_point: 2900, order_up_to: 2800")
            .Replace("- {mode: postal, share: 0.5}", "- {mode: postal, share: 1.5}", StringComparison.Ordinal)
            .Replace("weekly_departures: 3", "weekly_departures: 0", StringComparison.Ordinal);

        var (plan, errors) = Parse(yaml);

        Assert.Null(plan);
        Assert.Equal(
            ["lanes[shenzhen/US/apparel/b2c].shares", "lanes[shenzhen/US/apparel/b2c].shares[postal].share",
             "warehouses[de-warehouse].policies[electronics].reorder_point", "dedicated_lines[dedicated].weekly_departures"],
            errors.Select(e => e.Field));
        Assert.Equal(errors.OrderBy(e => e.Line).Select(e => e.Line), errors.Select(e => e.Line));
    }

    [Fact]
    public void TryParse_BadSegmentAndMissingField_ReportedBeforeValues()
    {
        var yaml = BaselinePlan.With("segment: b2c", "segment: b2x").Replace("    replenishment_mode: sea-us\n", "", StringComparison.Ordinal);

        var (_, errors) = Parse(yaml);

        Assert.Equal(["lanes[shenzhen/US/apparel/b2x].segment", "warehouses[us-la-warehouse].replenishment_mode"], errors.Select(e => e.Field));
        Assert.Equal("'b2x' is not one of all, b2c, b2b (did you mean 'b2c'?)", errors[0].Reason);
        Assert.Equal("required field is missing", errors[1].Reason);
    }

    [Fact]
    public void TryParse_SyntaxError_GivesLineAndColumn()
    {
        var yaml = BaselinePlan.With("- {mode: express, share: 0.2}", "- {mode: express, share: 0.2");

        var error = SingleError(yaml);

        // YamlDotNet stops at the end of the last event it could parse: the line before the broken one.
        var broken = BaselinePlan.LineOf(yaml, "share: 0.2");
        Assert.InRange(error.Line, broken - 1, broken);
        Assert.StartsWith("YAML syntax error", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_NumberWhereTextIsExpected_NamesTheField()
    {
        var yaml = BaselinePlan.With("{mode: dedicated, weekly_departures: 3}", "{mode: dedicated, weekly_departures: three}");

        var error = SingleError(yaml);

        Assert.Equal(BaselinePlan.LineOf(yaml, "three"), error.Line);
        Assert.Equal("dedicated_lines[dedicated].weekly_departures", error.Field);
        Assert.Equal("'three' is not a number", error.Reason);
    }

    [Theory]
    [InlineData("lanes: 5", "lanes", "expected a list ([...] or lines starting with '- ')")]
    [InlineData("lanes: [1, 2]", "lanes[0]", "expected a mapping ({field: value, ...})")]
    [InlineData("lanes: [{origin: [1], market: US, product_class: apparel, shares: []}]", "lanes[apparel].origin", "expected a single value, not a list or mapping")]
    [InlineData("dedicated_lines: [{mode: dedicated, weekly_departures: 99999999999}]", "dedicated_lines[dedicated].weekly_departures", "the number is out of range")]
    public void TryParse_ValueOfTheWrongShape_SaysWhatWasExpected(string yaml, string field, string reason)
    {
        var error = SingleError(yaml);

        Assert.Equal((1, field, reason), (error.Line, error.Field, error.Reason));
    }

    [Theory]
    [InlineData("lanes: &a [*a]", 1, 12, "aliases (*name) are not allowed in a plan: write the value out")]
    [InlineData("scenario: &x name\ndescription: *x", 2, 14, "aliases (*name) are not allowed in a plan: write the value out")]
    [InlineData("scenario: !!str x", 1, 11, "tags such as 'tag:yaml.org,2002:str' are not used in a plan; remove it")]
    [InlineData("scenario: x\n---\nscenario: y", 2, 1, "a plan file holds one YAML document; remove the second one (after '---')")]
    public void TryParse_WhatAPlanNeverNeeds_RejectedBeforeParsing(string yaml, int line, int column, string reason)
    {
        var error = SingleError(yaml);

        Assert.Equal((line, column, reason), (error.Line, error.Column, error.Reason));
    }

    [Fact]
    public void TryParse_DeeplyNested_RejectedWithoutOverflowingTheStack()
    {
        var yaml = "lanes: " + new string('[', 100_000) + new string(']', 100_000);

        var error = SingleError(yaml);

        Assert.Equal("the plan nests mappings and lists deeper than 32 levels", error.Reason);
    }

    [Fact]
    public void TryLoad_FolderOrNonUtf8File_ReportedAsUnreadable()
    {
        var folder = Directory.CreateTempSubdirectory("sim-plan-tests-").FullName;
        try
        {
            var latin1 = Path.Combine(folder, "latin1.yaml");
            System.IO.File.WriteAllBytes(latin1, [(byte)'s', (byte)':', (byte)' ', 0xE9, (byte)'\n']);

            PlanLoader.TryLoad(folder, BaselinePlan.Scenario, out var folderErrors);
            PlanLoader.TryLoad(latin1, BaselinePlan.Scenario, out var latin1Errors);

            Assert.EndsWith("is a folder, not a file", Assert.Single(folderErrors).Reason, StringComparison.Ordinal);
            Assert.EndsWith("is not UTF-8 text", Assert.Single(latin1Errors).Reason, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TryLoad_MissingFile_ReportsItWithoutThrowing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-plan-{Guid.NewGuid():N}.yaml");

        var plan = PlanLoader.TryLoad(path, BaselinePlan.Scenario, out var errors);

        Assert.Null(plan);
        Assert.StartsWith("cannot read the plan", Assert.Single(errors).Reason, StringComparison.Ordinal);
        Assert.Throws<PlanValidationException>(() => PlanLoader.Load(path, BaselinePlan.Scenario));
    }
}
