using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Scenarios;

/// <summary>Freight by volume (LCL beside full containers) and tracking milestones in a scenario file.</summary>
public sealed partial class ScenarioLoaderTests
{
    private const string OceanCost = "cost: {per_container: 6000}";

    private const string ExpressDelivery = "{id: last-mile, kind: last_mile, processing_time: {kind: uniform, min: 1, max: 2, unit: days}}";

    [Fact]
    public void Load_LclAndMilestones_MapsEveryField()
    {
        using var files = ScenarioFiles.Edited(
            (OceanCost, "cost: {per_container: 6000, lcl_per_m3: 85, lcl_minimum: 150}"),
            (ExpressDelivery, ExpressDelivery[..^1] + ", tracking: {milestone: none, start_milestone: import_release}}"));

        var scenario = ScenarioLoader.Load(files.YamlPath);

        var ocean = scenario.Modes.Single(m => m.Id == "sea").Legs[0].Cost;
        Assert.Equal((6000.0, 85.0, 150.0), (ocean.PerContainer, ocean.LclPerM3, ocean.LclMinimum));
        var tracking = scenario.Modes.Single(m => m.Id == "express").Legs[1].Tracking;
        Assert.Equal((TrackingMilestone.None, TrackingMilestone.ImportRelease), (tracking.Milestone, tracking.StartMilestone));
        Assert.Null(scenario.Modes.Single(m => m.Id == "postal").Legs[^1].Tracking.Milestone);
    }

    [Theory]
    [InlineData("lcl_per_m3: -1", "modes[sea].legs[ocean].cost.lcl_per_m3", "must be in [0, 1e9]")]
    [InlineData("lcl_minimum: x", "modes[sea].legs[ocean].cost.lcl_minimum", "number")]
    public void Load_BadLcl_NamesTheField(string field, string path, string reason)
    {
        using var files = ScenarioFiles.Edited((OceanCost, "cost: {per_container: 6000, " + field + "}"));

        var error = OnlyError(files);

        Assert.Equal(path, error.Field);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownMilestone_NamesTheFieldAndTheChoices()
    {
        using var files = ScenarioFiles.Edited((ExpressDelivery, ExpressDelivery[..^1] + ", tracking: {milestone: signed}}"));

        var error = OnlyError(files);

        Assert.Equal("modes[express].legs[last-mile].tracking.milestone", error.Field);
        Assert.Contains("out_for_delivery", error.Reason, StringComparison.Ordinal);
    }
}
