using Sim.Models.Customs;
using Sim.Models.Network;
using Sim.Models.Scenarios;
using Sim.Models.Scenarios.Overrides;

namespace Sim.Models.Tests.Scenarios.Overrides;

/// <summary>Overrides applied through the loader to the built-in baseline, as <c>sim run --set</c> does.</summary>
public sealed class OverrideApplierTests
{
    private static (Scenario? Scenario, IReadOnlyList<ScenarioError> Errors) Load(params string[] overrides)
    {
        var parsed = overrides.Select(o => ScenarioOverride.TryParse(o, out var p) ? p! : throw new ArgumentException(o)).ToList();
        var scenario = ScenarioLoader.TryLoad(ScenarioLoader.BaselinePath, parsed, out var errors);
        return (scenario, errors);
    }

    private static Leg Leg(Scenario scenario, string mode, string leg) =>
        scenario.Modes.Single(m => m.Id == mode).Legs.Single(l => l.Id == leg);

    private static int BaselineLineOf(string text) =>
        Array.FindIndex(File.ReadAllLines(ScenarioLoader.BaselinePath), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public void Apply_IndexIntoUnkeyedList_ChangesOnlyThatItem()
    {
        var (scenario, errors) = Load("markets.US.duty_regimes[1].de_minimis=800");

        Assert.Empty(errors);
        DutyRegime Regime(string market) =>
            DutyRegimeSchedule.For(scenario!.Markets.Single(m => m.Code == market).DutyRegimes, DutyChannel.Express, "CN", scenario.StartDate).RegimeOn(new DateOnly(2025, 5, 2));
        Assert.Equal(800, Regime("US").DeMinimis);
        Assert.Equal(2.5, Regime("US").PerParcelFee);
        Assert.Equal(0, Regime("BR").DeMinimis);
    }

    [Fact]
    public void Apply_ItemsByTheirIds_ChangesThatLegOnly()
    {
        var (scenario, errors) = Load("modes.postal.legs.linehaul.loss_probability=0.02");

        Assert.Empty(errors);
        Assert.Equal(0.02, Leg(scenario!, "postal", "linehaul").LossProbability);
        Assert.Equal(0.0005, Leg(scenario!, "express", "linehaul").LossProbability);
    }

    [Fact]
    public void Apply_SamePathTwice_TheLastWins()
    {
        var (scenario, _) = Load("modes.postal.legs.linehaul.loss_probability=0.02", "modes[postal].legs[linehaul].loss_probability=0.03");

        Assert.Equal(0.03, Leg(scenario!, "postal", "linehaul").LossProbability);
    }

    [Fact]
    public void Apply_FieldTheFileLeavesOut_IsAdded()
    {
        var (scenario, errors) = Load("modes.express.max_weight_kg=30", "modes.express.legs.hub.capacity.daily_throughput=5000");

        Assert.Empty(errors);
        Assert.Equal(30, scenario!.Modes.Single(m => m.Id == "express").MaxWeightKg);
        Assert.NotNull(Leg(scenario, "express", "hub").Capacity);
    }

    [Fact]
    public void Apply_MappingValue_ReplacesTheWholePolicy()
    {
        var (scenario, errors) = Load("fulfilment[US/apparel].policy={kind: fixed, mode: express}");

        Assert.Empty(errors);
        var policy = scenario!.Fulfilment.Single(f => f.Market == "US" && f.ProductClass == "apparel").Policy;
        Assert.Equal(["express"], policy.ModeIds);
    }

    [Fact]
    public void Apply_ServiceLevelOfAClass_ChangesItsShareAndAddsAMean()
    {
        var (scenario, errors) = Load("planning.service_levels[US/electronics].share=0.95", "planning.service_levels.US/electronics.mean_days=6", "planning.service_levels[US].within_days=12");

        Assert.Empty(errors);
        var levels = scenario!.Planning.ServiceLevels;
        Assert.Equal(new ServiceLevel { Market = "US", ProductClass = "electronics", Share = 0.95, WithinDays = 10, MeanDays = 6 }, levels.Single(l => l.Key == "US/electronics"));
        Assert.Equal(new ServiceLevel { Market = "US", Share = 0.9, WithinDays = 12 }, levels.Single(l => l.Key == "US"));
    }

    [Fact]
    public void Apply_MisspeltItem_ListsTheValidPathsAndSuggestsTheNearest()
    {
        var (scenario, errors) = Load("modes.postl.legs.linehaul.loss_probability=0.02");

        Assert.Null(scenario);
        var error = Assert.Single(errors);
        Assert.Equal(ScenarioLoader.BaselinePath, error.File);
        Assert.Contains("no item 'postl'", error.Reason, StringComparison.Ordinal);
        Assert.Contains("did you mean 'postal'", error.Reason, StringComparison.Ordinal);
        Assert.Contains("modes.express", error.Reason, StringComparison.Ordinal);
        Assert.Contains("modes.return-origin", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_UnknownField_ListsTheFieldsOfThatMapping()
    {
        var (_, errors) = Load("modes.postal.legs.linehaul.los_probability=0.02");

        var error = Assert.Single(errors);
        Assert.Contains("no field 'los_probability'", error.Reason, StringComparison.Ordinal);
        Assert.Contains("did you mean 'loss_probability'", error.Reason, StringComparison.Ordinal);
        Assert.Contains("modes.postal.legs.linehaul.damage_probability", error.Reason, StringComparison.Ordinal);
        Assert.Equal("modes[postal].legs[linehaul]", error.Field);
    }

    [Fact]
    public void Apply_IndexPastTheEnd_IsAnErrorListingTheItems()
    {
        var (_, errors) = Load("markets.US.duty_regimes[4].de_minimis=0");

        var error = Assert.Single(errors);
        Assert.Contains("markets.US.duty_regimes[0], markets.US.duty_regimes[1], markets.US.duty_regimes[2], markets.US.duty_regimes[3]", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ScalarWhereAMappingBelongs_SaysWhatTheFieldTakes()
    {
        var (_, errors) = Load("modes.postal.legs.linehaul.timetable=22");

        Assert.Contains("takes a mapping", Assert.Single(errors).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ValueThatDoesNotParse_IsAValidationErrorAtTheReplacedValue()
    {
        var (scenario, errors) = Load("modes.postal.legs.linehaul.loss_probability=abc");

        Assert.Null(scenario);
        var error = Assert.Single(errors);
        Assert.Equal(BaselineLineOf("loss_probability: 0.010"), error.Line);
        Assert.Equal("modes[postal].legs[linehaul].loss_probability", error.Field);
        Assert.Contains("set by --set modes.postal.legs.linehaul.loss_probability=abc", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ValueOutOfRange_IsTheMappersErrorForThatField()
    {
        var (_, errors) = Load("modes.postal.legs.linehaul.loss_probability=2");

        var error = Assert.Single(errors);
        Assert.Equal("modes[postal].legs[linehaul].loss_probability", error.Field);
        Assert.Contains("probability", error.Reason, StringComparison.Ordinal);
        Assert.Contains("(set by --set", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_MalformedPath_NamesTheOverride()
    {
        var (_, errors) = Load("modes[postal.loss=1");

        Assert.Contains("--set modes[postal.loss=1: '[' at character 6 is not closed", Assert.Single(errors).Reason, StringComparison.Ordinal);
    }
}
