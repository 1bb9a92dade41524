using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Scenarios;

/// <summary>The corpus of broken scenarios: each must be rejected with the right field, line and reason.</summary>
public sealed partial class ScenarioLoaderTests
{
    private static ScenarioError SingleError(ScenarioFiles files)
    {
        var errors = ScenarioLoader.Validate(files.YamlPath);
        return Assert.Single(errors);
    }

    [Fact]
    public void Validate_UnknownFieldWithTypo_NamesFieldLineAndSuggestion()
    {
        using var files = ScenarioFiles.With("loss_probability: 0.01", "loss_probabilty: 0.01");

        var error = SingleError(files);

        Assert.Equal(files.YamlPath, error.File);
        Assert.Equal(ScenarioFiles.LineOf("loss_probability: 0.01"), error.Line);
        Assert.Equal("modes[postal].legs[linehaul].loss_probabilty", error.Field);
        Assert.Contains("unknown field 'loss_probabilty'", error.Reason, StringComparison.Ordinal);
        Assert.Contains("did you mean 'loss_probability'?", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralUnknownFields_ReportsEveryOne()
    {
        using var files = ScenarioFiles.With("horizon_days: 30", "horizon_day: 30\nwarmup_days: 2");

        var errors = ScenarioLoader.Validate(files.YamlPath);

        Assert.Equal(["horizon_day", "warmup_days"], errors.Select(e => e.Field));
        Assert.Contains("did you mean 'warm_up_days'?", errors[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingNodeReference_NamesTheUnknownNode()
    {
        using var files = ScenarioFiles.With("last_mile_zone: us-last-mile", "last_mile_zone: us-lastmile");

        var error = SingleError(files);

        Assert.Equal(ScenarioFiles.LineOf("last_mile_zone: us-last-mile"), error.Line);
        Assert.Equal("markets[US].last_mile_zone", error.Field);
        Assert.Equal("unknown node 'us-lastmile' (did you mean 'us-last-mile'?)", error.Reason);
    }

    [Fact]
    public void Validate_NodeOfWrongKind_IsRejected()
    {
        using var files = ScenarioFiles.With("import_customs_node: us-customs", "import_customs_node: us-last-mile");

        var error = SingleError(files);

        Assert.Equal("markets[US].import_customs_node", error.Field);
        Assert.Contains("expected import_customs_point", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProbabilityAboveOne_IsRejected()
    {
        using var files = ScenarioFiles.With("loss_probability: 0.01", "loss_probability: 1.5");

        var error = SingleError(files);

        Assert.Equal(ScenarioFiles.LineOf("loss_probability: 0.01"), error.Line);
        Assert.Equal("modes[postal].legs[linehaul].loss_probability", error.Field);
        Assert.Equal("1.5 is out of range: must be in [0, 1]", error.Reason);
    }

    [Fact]
    public void Validate_SharesNotSummingToOne_IsRejected()
    {
        using var files = ScenarioFiles.With("owh: 0.3}", "owh: 0.2}");

        var error = SingleError(files);

        Assert.Equal(ScenarioFiles.LineOf("owh: 0.3}"), error.Line);
        Assert.Equal("fulfilment[US/apparel].policy.shares", error.Field);
        Assert.Equal("shares sum to 0.9, not 1", error.Reason);
    }

    [Fact]
    public void Validate_MissingCsvTable_NamesTheTableField()
    {
        using var files = ScenarioFiles.With(lanes: null);

        var error = SingleError(files);

        Assert.Equal(ScenarioFiles.LineOf("lanes: tables/lanes.csv"), error.Line);
        Assert.Equal("tables.lanes", error.Field);
        Assert.StartsWith("table 'tables/lanes.csv' not found", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadCsvCell_NamesFileRowAndColumn()
    {
        var demand = ScenarioFiles.Demand.Replace("apparel,100,", "apparel,lots,", StringComparison.Ordinal);
        using var files = ScenarioFiles.With(demand: demand);

        var error = SingleError(files);

        Assert.EndsWith(Path.Combine("tables", "demand.csv"), error.File, StringComparison.Ordinal);
        Assert.Equal(ScenarioFiles.LineIn(demand, "lots"), error.Line);
        Assert.Equal(4, error.Column);
        Assert.Equal("orders_per_day", error.Field);
        Assert.Equal("'lots' is not a number", error.Reason);
    }

    [Fact]
    public void Validate_UnknownCsvColumn_IsRejectedWithSuggestion()
    {
        var lanes = ScenarioFiles.Lanes.Replace("distance_km", "distance_kms", StringComparison.Ordinal);
        using var files = ScenarioFiles.With(lanes: lanes);

        var error = SingleError(files);

        Assert.Equal("distance_kms", error.Field);
        Assert.Equal((1, 4), (error.Line, error.Column));
        Assert.Contains("did you mean 'distance_km'?", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingCsvColumn_PointsAtTheHeaderLineAfterComments()
    {
        var demand = ScenarioFiles.Demand.Replace("orders_per_day", "orders", StringComparison.Ordinal);
        using var files = ScenarioFiles.With(demand: demand);

        var errors = ScenarioLoader.Validate(files.YamlPath);

        var missing = Assert.Single(errors, e => e.Field == "orders_per_day");
        Assert.Equal(ScenarioFiles.LineIn(demand, "origin,market"), missing.Line);
        Assert.StartsWith("missing column 'orders_per_day'", missing.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralErrors_AreAllReportedAtOnce()
    {
        var demand = ScenarioFiles.Demand.Replace("apparel,100,0.02", "apparel,100,1.2", StringComparison.Ordinal);
        using var files = ScenarioFiles.With("loss_probability: 0.01", "loss_probability: -0.1", demand: demand);
        File.WriteAllText(files.YamlPath, File.ReadAllText(files.YamlPath)
            .Replace("node: szx-airport\n", "node: szx-airprt\n", StringComparison.Ordinal)
            .Replace("express: 0.2,", "express: 0.3,", StringComparison.Ordinal));

        var errors = ScenarioLoader.Validate(files.YamlPath);

        Assert.Equal(
            [
                "modes[postal].legs[linehaul].node",
                "modes[postal].legs[linehaul].loss_probability",
                "b2b_share",
                "fulfilment[US/apparel].policy.shares",
            ],
            errors.Select(e => e.Field));
    }

    [Fact]
    public void Validate_ValueOfWrongType_ReportsItsPosition()
    {
        using var files = ScenarioFiles.With("horizon_days: 30", "horizon_days: thirty");

        var error = SingleError(files);

        Assert.Equal((ScenarioFiles.LineOf("horizon_days: 30"), 15), (error.Line, error.Column));
        Assert.Equal("horizon_days", error.Field);
        Assert.Contains("thirty", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_YamlSyntaxError_IsReportedWithItsLine()
    {
        using var files = ScenarioFiles.With("  - {id: shenzhen, kind: origin_region, country: CN}", "  - {id: shenzhen, kind: origin_region, country: CN");

        var error = SingleError(files);

        Assert.StartsWith("YAML syntax error", error.Reason, StringComparison.Ordinal);
        Assert.InRange(error.Line, ScenarioFiles.LineOf("id: shenzhen"), ScenarioFiles.LineOf("id: szx-airport"));
    }

    [Fact]
    public void Validate_UnknownEnumValue_ListsTheChoices()
    {
        using var files = ScenarioFiles.With("kind: linehaul_sea", "kind: linehaul_se");

        var error = SingleError(files);

        Assert.Equal("modes[sea].legs[ocean].kind", error.Field);
        Assert.Contains("'linehaul_se' is not one of pickup, hub_processing", error.Reason, StringComparison.Ordinal);
        Assert.Contains("did you mean 'linehaul_sea'?", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DistributionParameterNotUsedByItsKind_IsRejected()
    {
        using var files = ScenarioFiles.With("{kind: exponential, mean: 4, unit: days}", "{kind: exponential, mean: 4, cv: 0.5, unit: days}");

        var error = SingleError(files);

        Assert.Equal("modes[postal].legs[last-mile].processing_time.cv", error.Field);
        Assert.Equal("is not used by a exponential distribution (it takes mean)", error.Reason);
    }

    [Fact]
    public void Validate_DirectModeWithoutLane_IsRejected()
    {
        var lanes = string.Join('\n', ScenarioFiles.Lanes.Split('\n').Where(l => !l.Contains("express", StringComparison.Ordinal)));
        using var files = ScenarioFiles.With(lanes: lanes);

        var errors = ScenarioLoader.Validate(files.YamlPath);

        Assert.Contains(errors, e => e.Field == "fulfilment[US/apparel].policy.shares.express" && e.Reason == "mode 'express' has no lane from shenzhen to US in the lanes table");
        Assert.Contains(errors, e => e.Field == "warehouses[us-warehouse].policies[apparel].fallback_mode");
    }

    [Fact]
    public void Validate_DemandLaneWithoutFulfilment_IsRejected()
    {
        using var files = ScenarioFiles.With("fulfilment:\n  - {market: US, product_class: apparel, policy: {kind: split, shares: {postal: 0.5, express: 0.2, owh: 0.3}}}", "fulfilment: []");

        var errors = ScenarioLoader.Validate(files.YamlPath);

        Assert.Contains(errors, e => e.Field == "fulfilment" && e.Reason.Contains("lane US/apparel", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DutyRegimesOutOfOrder_AreRejected()
    {
        using var files = ScenarioFiles.With("effective_from: 2025-05-02", "effective_from: 2015-05-02");

        var error = SingleError(files);

        Assert.Equal("markets[US].duty_regimes[1].effective_from", error.Field);
        Assert.Equal(ScenarioFiles.LineOf("effective_from: 2025-05-02"), error.Line);
    }

    [Fact]
    public void Validate_DuplicateId_IsRejected()
    {
        using var files = ScenarioFiles.With("- {id: us-warehouse, kind: overseas_warehouse", "- {id: us-customs, kind: overseas_warehouse");

        var errors = ScenarioLoader.Validate(files.YamlPath);

        Assert.Contains(errors, e => e.Field == "nodes[us-customs]" && e.Reason == "duplicate node 'us-customs'" && e.Line == ScenarioFiles.LineOf("{id: us-warehouse"));
    }

    [Fact]
    public void Validate_MissingFile_IsOneError()
    {
        var error = Assert.Single(ScenarioLoader.Validate(Path.Combine(Path.GetTempPath(), "no-such-scenario.yaml")));

        Assert.StartsWith("cannot read the scenario", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidScenario_ThrowsWithEveryError()
    {
        using var files = ScenarioFiles.With("horizon_days: 30", "horizon_days: -30");

        var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Load(files.YamlPath));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("horizon_days", error.Field);
        Assert.Contains(error.ToString(), ex.Message, StringComparison.Ordinal);
    }
}
