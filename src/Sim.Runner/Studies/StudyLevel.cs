using Sim.Models.Scenarios.Overrides;

namespace Sim.Runner.Studies;

/// <summary>One level of a <see cref="StudyFactor"/>. Immutable.</summary>
/// <param name="Label">Its label: the value for a path factor, the level name otherwise.</param>
/// <param name="Overrides">The overrides that select it.</param>
internal sealed record StudyLevel(string Label, IReadOnlyList<ScenarioOverride> Overrides)
{
    /// <summary>The label as a number, or null when it is not one.</summary>
    public double? NumericValue => double.TryParse(Label, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) ? v : null;
}
