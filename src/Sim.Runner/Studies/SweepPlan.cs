using System.Security.Cryptography;
using System.Text;
using Sim.Models.Flow;
using Sim.Models.Flow.Compilation;
using Sim.Models.Planning.Plans;
using Sim.Models.Scenarios;

namespace Sim.Runner.Studies;

/// <summary>
/// What a <c>sim sweep</c> will run: the study, the shard, the seed and replication count every
/// cell shares, and the scenarios of this shard's cells (each under the study's plan, when it names
/// one, checked against that cell's scenario), all loaded and validated before anything runs or is
/// written. Immutable.
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

    /// <summary>SHA-256 of the study file, the scenario and its tables, and the plan: results of the same inputs share it.</summary>
    public required string InputSha256 { get; init; }

    /// <summary>SHA-256 of the plan file; null when the study names no plan.</summary>
    public string? PlanSha256 { get; init; }

    /// <summary>
    /// Loads the base scenario (for the default seed and replications) and every cell of
    /// <paramref name="shard"/>; null with every error (each prefixed by its cell) when any fails.
    /// </summary>
    /// <param name="study">The study.</param>
    /// <param name="shard">The shard this process runs.</param>
    /// <param name="errors">Every error, each prefixed by its cell; empty when the plan loads.</param>
    /// <param name="threads">Cells loaded and compiled at once (at least 1).</param>
    public static SweepPlan? TryLoad(StudyDefinition study, ShardSpec shard, out IReadOnlyList<string> errors, int threads = 1)
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

        string? planText = null;
        string? planHash = null;
        if (study.PlanFile is { } planFile)
        {
            if (PlanLoader.TryLoad(planFile, scenario, out var planErrors) is null)
            {
                messages.AddRange(planErrors.Select(e => $"plan {study.PlanAsWritten}: {e}"));
                return null;
            }

            // Read once, checked above (size, kind of file, UTF-8); each cell checks it against its own scenario.
            byte[] bytes = File.ReadAllBytes(planFile);
            planText = Encoding.UTF8.GetString(bytes);
            planHash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        }

        // Cells load and compile independently, so they do so in parallel, each into its own slot: the
        // cells and their messages stay in study order whatever the thread count.
        var included = study.Cells.Where(c => shard.Includes(c.Index)).ToArray();
        var loads = new (SweepCellRun? Run, IReadOnlyList<string> Errors)[included.Length];
        Parallel.For(0, included.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, i => loads[i] = LoadCell(study, included[i], planText));
        var cells = new List<SweepCellRun>();
        foreach (var (run, cellErrors) in loads)
        {
            messages.AddRange(cellErrors);
            if (run is not null)
            {
                cells.Add(run);
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
            InputSha256 = InputHash.Of([study.File, .. study.PlanFile is null ? [] : new[] { study.PlanFile }], [scenario.Source?.Sha256 ?? ""]),
            PlanSha256 = planHash,
        };
    }

    private static (SweepCellRun? Run, IReadOnlyList<string> Errors) LoadCell(StudyDefinition study, StudyCell cell, string? planText)
    {
        var loaded = ScenarioLoader.TryLoad(study.ScenarioFile, cell.Overrides, out var cellErrors);
        var messages = cellErrors.Select(e => $"cell {cell.Id} ({cell.Name}): {e}").ToList();
        if (loaded is null)
        {
            return (null, messages);
        }

        var overrides = FlowOverrides.None;
        if (planText is not null)
        {
            var plan = PlanLoader.TryParse(planText, study.PlanFile!, loaded, out var planErrors);
            messages.AddRange(planErrors.Select(e => $"cell {cell.Id} ({cell.Name}): plan {study.PlanAsWritten}: {e}"));
            if (plan is null)
            {
                return (null, messages);
            }

            overrides = PlanOverrides.For(plan, loaded);
        }

        return (new SweepCellRun(cell, loaded, RouteCompiler.Compile(loaded, overrides)), messages);
    }
}
