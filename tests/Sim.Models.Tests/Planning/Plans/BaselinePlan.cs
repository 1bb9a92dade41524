using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Planning.Plans;

/// <summary>
/// The valid example plan for the built-in baseline scenario (both loaded once), and edits of it that
/// break one thing at a known line.
/// </summary>
internal static class BaselinePlan
{
    /// <summary>The example plan shipped with the baseline, <c>scenarios/plans/baseline.yaml</c> (copied next to the tests).</summary>
    public static readonly string Yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "scenarios", "plans", "baseline.yaml"));

    private static readonly Lazy<Scenario> Baseline = new(() => ScenarioLoader.Load(ScenarioLoader.BaselinePath));

    public static Scenario Scenario => Baseline.Value;

    /// <summary>The plan with <paramref name="find"/> (which must occur once) replaced by <paramref name="replace"/>.</summary>
    public static string With(string find, string replace)
    {
        var at = Yaml.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0 && Yaml.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' must occur once in the plan");
        return Yaml.Replace(find, replace, StringComparison.Ordinal);
    }

    /// <summary>1-based line of the first line of <paramref name="content"/> containing <paramref name="text"/>.</summary>
    public static int LineOf(string content, string text)
    {
        var index = Array.FindIndex(content.Split('\n'), l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' not found");
        return index + 1;
    }
}
