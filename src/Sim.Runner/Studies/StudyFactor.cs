namespace Sim.Runner.Studies;

/// <summary>
/// One varied parameter of a grid study: a scenario path with a list of values, or a named factor
/// whose levels are each a set of overrides. Immutable.
/// </summary>
/// <param name="Name">What charts and tables call the factor, e.g. <c>de_minimis</c>.</param>
/// <param name="Path">The scenario path for a path factor; null for a named factor.</param>
/// <param name="Levels">The levels in order: each a label and the overrides that set it.</param>
internal sealed record StudyFactor(string Name, string? Path, IReadOnlyList<StudyLevel> Levels)
{
    /// <summary>True when every level's label reads as a number (charts then use a numeric axis).</summary>
    public bool IsNumeric => Levels.All(l => l.NumericValue is not null);
}
