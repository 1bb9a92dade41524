using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Flow;

/// <summary>The built-in baseline (copied next to the test assembly), loaded once.</summary>
internal static class BaselineScenario
{
    private static readonly Lazy<Scenario> Loaded = new(() => ScenarioLoader.Load(ScenarioLoader.BaselinePath));

    public static Scenario Value => Loaded.Value;
}
