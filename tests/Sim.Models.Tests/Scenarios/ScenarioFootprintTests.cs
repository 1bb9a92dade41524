using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Scenarios;

public sealed class ScenarioFootprintTests
{
    [Fact]
    public void PeakOrdersPerDay_WeeklyPatternAndOverlappingPeaks_MultiplyOnTheBusiestDay()
    {
        // 2025-04-01 is a Tuesday (factor 2); two peaks overlap on 2025-04-08, also a Tuesday.
        using var files = ScenarioFiles.With(
            "horizon_days: 30",
            "horizon_days: 30\ndemand:\n  weekly_pattern: [1, 2, 1, 1, 1, 0.5, 0.5]\n  peaks:\n" +
            "    - {name: a, from: 2025-04-07, to: 2025-04-09, multiplier: 3}\n    - {name: b, from: 2025-04-08, to: 2025-04-08, multiplier: 1.5}");
        var scenario = ScenarioLoader.Load(files.YamlPath);

        Assert.Equal(100 * 2 * 3 * 1.5, ScenarioFootprint.PeakOrdersPerDay(scenario), 9);
    }

    [Fact]
    public void ParcelsInFlight_NoShortfall_IsThePeakRateTimesTheLongestRoute()
    {
        using var files = ScenarioFiles.With();
        var scenario = ScenarioLoader.Load(files.YamlPath);

        double days = ScenarioFootprint.LongestRouteDays(scenario);

        // Postal: 4 h export declaration + 5-day lane transit + up to 4 days between Friday and Monday
        // departures + 2 days import declaration (+ 6% x (8/3) days inspection) + 4-day last mile;
        // then the 10-day return leg.
        Assert.Equal((4.0 / 24) + 5 + 4 + 2 + (0.06 * 8 / 3) + 4 + 10, days, 9);
        Assert.Equal(100 * days, ScenarioFootprint.ParcelsInFlight(scenario), 6);
        Assert.Equal(ScenarioFootprint.ParcelsInFlight(scenario) * ScenarioFootprint.BytesPerParcel, ScenarioFootprint.BytesPerReplication(scenario), 6);
    }

    [Fact]
    public void ParcelsInFlight_CapacityBelowDemand_CountsTheWholeHorizonsOrders()
    {
        using var files = ScenarioFiles.With("        loss_probability: 0.01", "        loss_probability: 0.01\n        capacity: {daily_throughput: 1}");
        var scenario = ScenarioLoader.Load(files.YamlPath);

        Assert.Equal(100 * 30, ScenarioFootprint.ParcelsInFlight(scenario), 9);
    }

    [Fact]
    public void MemoryLimitBytes_IsAShareOfTheMemoryAvailable() =>
        Assert.InRange(ScenarioFootprint.MemoryLimitBytes(), 1, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);
}
