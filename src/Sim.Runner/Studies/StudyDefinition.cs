namespace Sim.Runner.Studies;

/// <summary>
/// A parsed, checked study file: the base scenario, what varies, how many replications each cell
/// gets, and which cell the others are compared with. Immutable.
/// </summary>
internal sealed record StudyDefinition
{
    /// <summary>The study's name, a plain identifier.</summary>
    public required string Name { get; init; }

    /// <summary>The study file as given on the command line.</summary>
    public required string File { get; init; }

    /// <summary>The base scenario's file, resolved against the study file's folder.</summary>
    public required string ScenarioFile { get; init; }

    /// <summary>The base scenario's file as the study file names it (what result files record).</summary>
    public required string ScenarioAsWritten { get; init; }

    /// <summary>The plan every cell simulates under, resolved against the study file's folder; null for none.</summary>
    public string? PlanFile { get; init; }

    /// <summary>The plan's file as the study file names it (what manifests record); null for none.</summary>
    public string? PlanAsWritten { get; init; }

    /// <summary>Replications per cell; null for the scenario's own number.</summary>
    public int? Replications { get; init; }

    /// <summary>The root seed of every cell; null for the scenario's own.</summary>
    public ulong? Seed { get; init; }

    /// <summary>The grid's factors, in order; empty for a study of named cells.</summary>
    public required IReadOnlyList<StudyFactor> Factors { get; init; }

    /// <summary>Every cell, in order.</summary>
    public required IReadOnlyList<StudyCell> Cells { get; init; }

    /// <summary>The index of the cell the others are compared with.</summary>
    public required int Reference { get; init; }

    /// <summary>The KPIs (of the group <c>all</c>) charted against each factor.</summary>
    public required IReadOnlyList<string> ChartKpis { get; init; }
}
