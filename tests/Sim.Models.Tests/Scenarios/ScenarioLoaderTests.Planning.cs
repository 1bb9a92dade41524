using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Scenarios;

/// <summary>The <c>planning</c> section: what the planner weighs and must meet.</summary>
public sealed partial class ScenarioLoaderTests
{
    private const string Planning = """
        planning:
          value_of_time_per_parcel_day: 0.2
          late_penalty_per_parcel: 3
          backorder_penalty_per_unit_day: 0.5
          max_utilisation: 0.8
          single_sourcing: true
          service_levels:
            - {market: US, share: 0.9, within_days: 10, mean_days: 8}
            - {market: US, product_class: apparel, share: 0.95, within_days: 12}
        """;

    private static ScenarioFiles WithPlanning(string planning) =>
        ScenarioFiles.With("returns:\n", planning.Replace("\r", "", StringComparison.Ordinal) + "\nreturns:\n");

    [Fact]
    public void Load_PlanningSection_EveryField()
    {
        using var files = WithPlanning(Planning);

        var planning = ScenarioLoader.Load(files.YamlPath).Planning;

        Assert.Equal(0.2, planning.ValueOfTimePerParcelDay);
        Assert.Equal(3, planning.LatePenaltyPerParcel);
        Assert.Equal(0.5, planning.BackorderPenaltyPerUnitDay);
        Assert.Equal(0.8, planning.MaxUtilisation);
        Assert.True(planning.SingleSourcing);
        Assert.Equal(
            [new ServiceLevel { Market = "US", Share = 0.9, WithinDays = 10, MeanDays = 8 }, new ServiceLevel { Market = "US", ProductClass = "apparel", Share = 0.95, WithinDays = 12 }],
            planning.ServiceLevels);
        Assert.Equal(["US", "US/apparel"], planning.ServiceLevels.Select(l => l.Key));
    }

    [Fact]
    public void Load_NoPlanningSection_Defaults()
    {
        using var files = ScenarioFiles.With();

        var planning = ScenarioLoader.Load(files.YamlPath).Planning;

        Assert.Same(PlanningSettings.Default, planning);
        Assert.Equal(0, planning.ValueOfTimePerParcelDay);
        Assert.Equal(1, planning.BackorderPenaltyPerUnitDay);
        Assert.Equal(0.9, planning.MaxUtilisation);
        Assert.False(planning.SingleSourcing);
        Assert.Empty(planning.ServiceLevels);
    }

    [Theory]
    [InlineData("market: US, share: 0.9, within_days: 10", "market: UK, share: 0.9, within_days: 10", "planning.service_levels[UK].market", "unknown market 'UK'")]
    [InlineData("market: US, share: 0.9, within_days: 10", "market: US, share: 1.5, within_days: 10", "planning.service_levels[US].share", "1.5 is out of range: must be in [0, 1]")]
    [InlineData("market: US, share: 0.9, within_days: 10", "market: US, share: 0.9, within_days: 0", "planning.service_levels[US].within_days", "0 is out of range: must be in (0, 365] days")]
    [InlineData("market: US, share: 0.9, within_days: 10", "market: US, share: 0.9", "planning.service_levels[US].share", "share needs within_days")]
    [InlineData("market: US, share: 0.9, within_days: 10", "market: US, within_days: 10", "planning.service_levels[US].within_days", "within_days needs share")]
    [InlineData("market: US, share: 0.9, within_days: 10", "market: US", "planning.service_levels[US]", "give share with within_days, mean_days, or both")]
    [InlineData("market: US, share: 0.9, within_days: 10", "market: US, product_class: toys, share: 0.9, within_days: 10", "planning.service_levels[US/toys].product_class", "unknown product class 'toys'")]
    [InlineData("market: US, share: 0.9, within_days: 10", "market: US, on_time: 0.9", "planning.service_levels[US].on_time", "on_time (a share delivered within each product's promise_days) is no longer read: write the share and the days it is measured against, e.g. {market: US, share: 0.9, within_days: 10}")]
    [InlineData("max_utilisation: 0.8", "max_utilisation: 0", "planning.max_utilisation", "0 is out of range: must be in (0, 1]")]
    [InlineData("max_utilisation: 0.8", "max_utilisaton: 0.8", "planning.max_utilisaton", "did you mean 'max_utilisation'?")]
    [InlineData("late_penalty_per_parcel: 3", "late_penalty_per_parcel: -3", "planning.late_penalty_per_parcel", "must be in [0, 1e9]")]
    public void Validate_BrokenPlanningField_NamesFieldLineAndReason(string find, string replace, string field, string reason)
    {
        var planning = Planning.Replace("\r", "", StringComparison.Ordinal)
            .Replace("- {market: US, share: 0.9, within_days: 10, mean_days: 8}\n    - {market: US, product_class: apparel, share: 0.95, within_days: 12}", "- {market: US, share: 0.9, within_days: 10}", StringComparison.Ordinal)
            .Replace(find, replace, StringComparison.Ordinal);
        using var files = WithPlanning(planning);

        var error = Assert.Single(ScenarioLoader.Validate(files.YamlPath));

        Assert.Equal(field, error.Field);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        var text = File.ReadAllText(files.YamlPath);
        Assert.Equal(ScenarioFiles.LineIn(text, replace.StartsWith("market", StringComparison.Ordinal) ? "{" + replace + "}" : replace), error.Line);
    }

    [Fact]
    public void Validate_TwoServiceLevelsForOneMarket_Duplicate()
    {
        using var files = WithPlanning(Planning.Replace("    - {market: US, share: 0.9, within_days: 10, mean_days: 8}", "    - {market: US, share: 0.9, within_days: 10}\n    - {market: US, mean_days: 8}", StringComparison.Ordinal));

        var error = Assert.Single(ScenarioLoader.Validate(files.YamlPath));

        Assert.Equal("planning.service_levels[US]", error.Field);
        Assert.Contains("duplicate service level for 'US'", error.Reason, StringComparison.Ordinal);
    }
}
