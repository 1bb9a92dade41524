using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Scenarios;

/// <summary>What Check adds to loading: the source and its hash, the memory refusal, capacity warnings.</summary>
public sealed partial class ScenarioLoaderTests
{
    [Fact]
    public void Check_ValidScenario_RecordsTheFilesAndAHashOfTheirContent()
    {
        using var files = ScenarioFiles.With();

        var source = ScenarioLoader.Check(files.YamlPath).Scenario!.Source!;

        Assert.Equal(files.YamlPath, source.File);
        Assert.Equal(["tables/lanes.csv", "tables/demand.csv"], source.Tables);
        Assert.Matches("^[0-9a-f]{64}$", source.Sha256);
    }

    [Fact]
    public void Check_SameFilesInAnotherFolder_HaveTheSameHash()
    {
        using var one = ScenarioFiles.With();
        using var two = ScenarioFiles.With();

        Assert.Equal(ScenarioLoader.Load(one.YamlPath).Source!.Sha256, ScenarioLoader.Load(two.YamlPath).Source!.Sha256);
    }

    [Fact]
    public void Check_TableEdited_ChangesTheHash()
    {
        using var one = ScenarioFiles.With();
        using var two = ScenarioFiles.With(demand: ScenarioFiles.Demand.Replace("apparel,100,", "apparel,101,", StringComparison.Ordinal));

        Assert.NotEqual(ScenarioLoader.Load(one.YamlPath).Source!.Sha256, ScenarioLoader.Load(two.YamlPath).Source!.Sha256);
    }

    [Fact]
    public void Check_DailyQuotaOfOneOnASplitLane_WarnsAtTheQuotaWithTheDemand()
    {
        using var files = ScenarioFiles.With("        loss_probability: 0.01", "        loss_probability: 0.01\n        capacity: {daily_throughput: 1}");

        var check = ScenarioLoader.Check(files.YamlPath);

        Assert.Empty(check.Errors);
        var warning = Assert.Single(check.Warnings);
        Assert.Equal("modes[postal].legs[linehaul].capacity.daily_throughput", warning.Field);
        Assert.Equal(ScenarioFiles.LineOf("loss_probability: 0.01") + 1, warning.Line);
        // Half of 100 orders a day go by postal.
        Assert.StartsWith("1 parcels/day is below the demand expected through it (about 50 parcels/day)", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_QuotaOnARuleBasedLane_IsNotJudged()
    {
        using var files = ScenarioFiles.With("policy: {kind: split, shares: {postal: 0.5, express: 0.2, owh: 0.3}}", "policy: {kind: rule_based, modes: [owh, postal, express]}");
        File.WriteAllText(files.YamlPath, File.ReadAllText(files.YamlPath).Replace("        loss_probability: 0.01", "        loss_probability: 0.01\n        capacity: {daily_throughput: 1}", StringComparison.Ordinal));

        Assert.Empty(ScenarioLoader.Check(files.YamlPath).Warnings);
    }

    [Fact]
    public void Check_ServersBelowTheirLoad_WarnAtTheNode()
    {
        // 100 orders a day, 20% by express, whose 30-hour line-haul does not use node servers; a 2-day
        // processing leg at the airport does: 20 x 48 / 24 = 40 servers busy, 2 given.
        using var files = ScenarioFiles.With(
            "      - {id: linehaul, kind: linehaul_air, node: szx-airport, processing_time: {kind: gamma, mean: 30, cv: 0.3}}",
            "      - {id: handling, kind: hub_processing, node: szx-airport, processing_time: {kind: constant, mean: 2, unit: days}}\n      - {id: linehaul, kind: linehaul_air, node: szx-airport, processing_time: {kind: gamma, mean: 30, cv: 0.3}}");

        var warning = Assert.Single(ScenarioLoader.Check(files.YamlPath).Warnings);

        Assert.Equal("nodes[szx-airport].servers", warning.Field);
        Assert.StartsWith("2 servers are below the expected load of the legs that use them (40 servers busy on average)", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DemandThatCannotFitInMemory_IsAnErrorWithTheEstimateAndTheLimit()
    {
        // 1e7 orders a day on a route of more than a year: about 4e9 parcels in flight, a terabyte.
        var lanes = ScenarioFiles.Lanes.Replace("11500,5,0.4", "11500,365,0.4", StringComparison.Ordinal);
        var demand = ScenarioFiles.Demand.Replace("apparel,100,", "apparel,10000000,", StringComparison.Ordinal);
        using var files = ScenarioFiles.With("horizon_days: 30", "horizon_days: 3650", lanes, demand);

        var error = Assert.Single(ScenarioLoader.Validate(files.YamlPath));

        Assert.Equal("tables.demand", error.Field);
        Assert.Equal(ScenarioFiles.LineOf("demand: tables/demand.csv"), error.Line);
        Assert.Contains("parcels in flight at once (10,000,000 orders/day at the peak, routes of up to", error.Reason, StringComparison.Ordinal);
        Assert.Contains("GiB per replication; the limit on this machine is", error.Reason, StringComparison.Ordinal);
    }
}
