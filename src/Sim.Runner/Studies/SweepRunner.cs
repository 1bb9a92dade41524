using Sim.Engine.Replications;
using Sim.Models.Flow;
using Sim.Models.Kpis;
using Sim.Runner.Output;

namespace Sim.Runner.Studies;

/// <summary>
/// Runs the cells of a <see cref="SweepPlan"/> that its folder does not hold yet: every replication
/// of every such cell is one piece of work for a <see cref="ReplicationRunner"/>, ordered cell by
/// cell, so cells and replications share the cores and early cells finish first. The thread that
/// finishes a cell's last replication merges it and writes the cell folder (staged, then renamed).
/// Results depend on the seed and the cell, never on the thread count or the order of completion.
/// One instance runs one sweep; <see cref="Run"/> is not reentrant.
/// </summary>
internal sealed class SweepRunner(SweepPlan plan, SweepFolder folder, int threads, TimeProvider time, IReadOnlyList<string> commandLine, TextWriter warnings)
{
    /// <summary>
    /// A test hook: milliseconds to sleep after each cell is written, so that a test can kill the
    /// process between two cells; unset (no pause) in normal use.
    /// </summary>
    public const string PauseVariable = "SIM_TEST_CELL_PAUSE_MS";

    private readonly TimeSpan _pause = TimeSpan.FromMilliseconds(
        int.TryParse(Environment.GetEnvironmentVariable(PauseVariable), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int ms) ? ms : 0);

    /// <summary>The cells the folder does not hold yet, in study order.</summary>
    public IReadOnlyList<SweepCellRun> Missing() => [.. plan.Cells.Where(c => !folder.HasCell(c.Cell.Id))];

    /// <summary>Runs and writes every missing cell.</summary>
    /// <param name="advance">Called once per finished replication, from any thread.</param>
    /// <param name="cellDone">Called once per written cell with its id, from any thread.</param>
    /// <param name="cancellationToken">Stops starting replications; cells already finished stay written.</param>
    /// <returns>The number of cells run.</returns>
    /// <exception cref="OperationCanceledException">Cancelled before every cell was written.</exception>
    public int Run(Action advance, Action<string> cellDone, CancellationToken cancellationToken)
    {
        var todo = Missing();
        int replications = plan.Replications;
        var results = new ReplicationKpis[todo.Count][];
        var remaining = new int[todo.Count];
        var started = new long[todo.Count];
        for (int c = 0; c < todo.Count; c++)
        {
            results[c] = new ReplicationKpis[replications];
            remaining[c] = replications;
        }

        new ReplicationRunner(threads).ForEach(todo.Count * replications, item =>
        {
            int c = item / replications;
            int r = item % replications;
            Interlocked.CompareExchange(ref started[c], time.GetUtcNow().UtcTicks, 0);
            results[c][r] = ScenarioSimulation.RunReplication(todo[c].Network, plan.Seed, r);
            advance();
            if (Interlocked.Decrement(ref remaining[c]) == 0)
            {
                WriteCell(todo[c], results[c], new DateTimeOffset(started[c], TimeSpan.Zero));
                results[c] = [];
                cellDone(todo[c].Cell.Id);
                Thread.Sleep(_pause);
            }
        }, cancellationToken);
        return todo.Count;
    }

    private void WriteCell(SweepCellRun run, ReplicationKpis[] replications, DateTimeOffset startedAt)
    {
        var source = run.Scenario.Source!;
        var origin = plan.PlanSha256 is null
            ? new ResultOrigin(plan.Study.ScenarioAsWritten, source.FullPath, source.Sha256, [Path.GetFileName(source.FullPath), .. source.Tables])
            : new ResultOrigin(plan.Study.ScenarioAsWritten, source.FullPath, InputHash.Of([], [source.Sha256, plan.PlanSha256]), [Path.GetFileName(source.FullPath), .. source.Tables, plan.Study.PlanAsWritten!]);
        using var set = ResultSet.Begin(folder.CellFolder(run.Cell.Id), origin, ResultSetOptions.FromEnvironment(force: false));
        RunFolder.WriteData(set, run.Scenario, plan.Study.ScenarioAsWritten, plan.Seed, replications, warnings);
        RunFolder.WriteManifest(set, new RunManifest
        {
            Kind = "cell",
            CommandLine = commandLine,
            Input = plan.Study.ScenarioAsWritten,
            InputSha256 = source.Sha256,
            Overrides = [.. run.Cell.Overrides.Select(o => o.ToString())],
            Plan = plan.Study.PlanAsWritten,
            PlanSha256 = plan.PlanSha256,
            Seed = plan.Seed,
            Replications = plan.Replications,
            Threads = threads,
            StartedAt = startedAt,
            FinishedAt = time.GetUtcNow(),
        });
        set.Commit();
    }
}
