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
            - {market: US, on_time: 0.9, mean_days: 8}
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
        var level = Assert.Single(planning.ServiceLevels);
        Assert.Equal(new ServiceLevel { Market = "US", OnTime = 0.9, MeanDays = 8 }, level);
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
    [InlineData("market: US, on_time: 0.9", "market: UK, on_time: 0.9", "planning.service_levels[UK].market", "unknown market 'UK'")]
    [InlineData("market: US, on_time: 0.9", "market: US, on_time: 1.5", "planning.service_levels[US].on_time", "1.5 is out of range: must be in [0, 1]")]
    [InlineData("market: US, on_time: 0.9", "market: US", "planning.service_levels[US]", "give on_time, mean_days or both")]
    [InlineData("max_utilisation: 0.8", "max_utilisation: 0", "planning.max_utilisation", "0 is out of range: must be in (0, 1]")]
    [InlineData("max_utilisation: 0.8", "max_utilisaton: 0.8", "planning.max_utilisaton", "did you mean 'max_utilisation'?")]
    [InlineData("late_penalty_per_parcel: 3", "late_penalty_per_parcel: -3", "planning.late_penalty_per_parcel", "must be in [0, 1e9]")]
    public void Validate_BrokenPlanningField_NamesFieldLineAndReason(string find, string replace, string field, string reason)
    {
        var planning = Planning.Replace("\r", "", StringComparison.Ordinal).Replace("- {market: US, on_time: 0.9, mean_days: 8}", "- {market: US, on_time: 0.9}", StringComparison.Ordinal)
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
        using var files = WithPlanning(Planning.Replace("    - {market: US, on_time: 0.9, mean_days: 8}", "    - {market: US, on_time: 0.9}\n    - {market: US, mean_days: 8}", StringComparison.Ordinal));

        var error = Assert.Single(ScenarioLoader.Validate(files.YamlPath));

        Assert.Equal("planning.service_levels[US]", error.Field);
        Assert.Contains("duplicate service level for market 'US'", error.Reason, StringComparison.Ordinal);
    }
}
