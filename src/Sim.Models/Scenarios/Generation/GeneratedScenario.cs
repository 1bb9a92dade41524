namespace Sim.Models.Scenarios.Generation;

/// <summary>A generated scenario: its name and its files (the YAML first, then its CSV tables). Immutable.</summary>
public sealed record GeneratedScenario
{
    /// <summary>File name of the scenario's YAML, relative to its folder.</summary>
    public const string YamlFile = "scenario.yaml";

    /// <summary>The scenario's <c>name</c>, e.g. <c>generated-m30-c5-k7-w15-s1</c>.</summary>
    public required string Name { get; init; }

    /// <summary><see cref="YamlFile"/> and the tables it names, in that order.</summary>
    public required IReadOnlyList<GeneratedFile> Files { get; init; }

    /// <summary>Number of demand streams (rows of the demand table).</summary>
    public required int DemandStreams { get; init; }
}
