namespace Sim.Models.Scenarios.Generation;

/// <summary>One file of a generated scenario: its path relative to the scenario's folder (forward slashes) and its text. Immutable.</summary>
/// <param name="Path">Relative path, e.g. <c>scenario.yaml</c> or <c>tables/demand.csv</c>.</param>
/// <param name="Content">The file's text (UTF-8 when written, LF line ends).</param>
public sealed record GeneratedFile(string Path, string Content);
