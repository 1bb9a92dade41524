using Sim.Models.Flow.Compilation;
using Sim.Models.Scenarios;

namespace Sim.Runner.Studies;

/// <summary>
/// What a <c>sim sweep</c> will run: the study, the shard, the seed and replication count every
/// cell shares, and the scenarios of this shard's cells, all loaded and validated before anything
/// runs or is written. Immutable.
/// </summary>
internal sealed record SweepPlan
{
    /// <summary>The study.</summary>
    public required StudyDefinition Study { get; init; }

    /// <summary>The shard this process runs.</summary>
    public required ShardSpec Shard { get; init; }

    /// <summary>The root seed of every cell (common random numbers across cells).</summary>
    public required ulong Seed { get; init; }

    /// <summary>Replications per cell.</summary>
    public required int Replications { get; init; }

    /// <summary>This shard's cells, in study order.</summary>
    public required IReadOnlyList<SweepCellRun> Cells { get; init; }

    /// <summary>SHA-256 of the study file, the scenario and its tables: results of the same inputs share it.</summary>
    public required string InputSha256 { get; init; }

    /// <summary>
    /// Loads the base scenario (for the default seed and replications) and every cell of
    /// <paramref name="shard"/>; null with every error (each prefixed by its cell) when any fails.
    /// </summary>
    public static SweepPlan? TryLoad(StudyDefinition study, ShardSpec shard, out IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(shard);
        var messages = new List<string>();
        errors = messages;
        var scenario = ScenarioLoader.TryLoad(study.ScenarioFile, out var baseErrors);
        if (scenario is null)
        {
            messages.AddRange(baseErrors.Select(e => e.ToString()));
            return null;
        }

        var cells = new List<SweepCellRun>();
        foreach (var cell in study.Cells.Where(c => shard.Includes(c.Index)))
        {
            var loaded = ScenarioLoader.TryLoad(study.ScenarioFile, cell.Overrides, out var cellErrors);
            messages.AddRange(cellErrors.Select(e => $"cell {cell.Id} ({cell.Name}): {e}"));
            if (loaded is not null)
            {
                cells.Add(new SweepCellRun(cell, loaded, RouteCompiler.Compile(loaded)));
            }
        }

        if (messages.Count > 0)
        {
            return null;
        }

        return new SweepPlan
        {
            Study = study,
            Shard = shard,
            Seed = study.Seed ?? scenario.Seed,
            Replications = study.Replications ?? scenario.Replications,
            Cells = cells,
            InputSha256 = InputHash.Of([study.File], [scenario.Source?.Sha256 ?? ""]),
        };
    }
}
