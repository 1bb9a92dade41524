using System.Globalization;
using Sim.Engine.Optimisation;
using Sim.Engine.Optimisation.Cbc;
using Sim.Engine.Replications;
using Sim.Models.Flow;
using Sim.Models.Kpis;
using Sim.Models.Planning.NetworkDesign;
using Sim.Models.Planning.Plans;
using Sim.Models.Scenarios;
using Sim.Runner.Output;
using Sim.Runner.Progress;
using Sim.Runner.Studies;
using Spectre.Console;

namespace Sim.Runner.Commands;

/// <summary>
/// <c>sim optimise SCENARIO</c>: plans the scenario with the network-design MIP (with <c>--loop N</c>,
/// through the simulation-optimisation loop), simulates the scenario as given and the plan with the
/// same seed and replications (common random numbers), optionally traces the cost-delay frontier
/// (<c>--pareto K</c>, each plan simulated too), writes the result set (with a <c>manifest.json</c> of
/// kind <c>optimise</c>, so that <c>sim report</c> reports it) and prints the comparison table.
/// Exit codes: 0 a plan (optimal, or the best found at a limit: see its gap), 2 bad scenario, option or
/// output folder (nothing written), 3 no plan meets the requirements or none was found within the
/// limit (nothing written; the shortfalls are printed), or the loop's plan falls short of a service
/// level in simulation (results written, the shortfall printed), 1 anything else.
/// </summary>
internal static class ScenarioOptimisation
{
    /// <summary>Plans the scenario of <paramref name="request"/> and writes its results.</summary>
    /// <returns>The process exit code.</returns>
    internal static int Run(OptimiseRequest request, IAnsiConsole console, TextWriter error, ProgressReporter progress, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var startedAt = time.GetUtcNow();
        string path = request.Scenario!;
        if (ScenarioReport.Write(ScenarioLoader.Check(path), path, "; nothing was planned or written", error) is not { } scenario)
        {
            return ExitCodes.BadInput;
        }

        if (request.WriteLp is not null && WritableFile.Problem(request.WriteLp.ToString()) is { } lpProblem)
        {
            error.WriteLine($"sim optimise: --write-lp: {lpProblem}; nothing was planned or written.");
            return ExitCodes.BadInput;
        }

        string? folder = request.Output ?? (RunCommand.DefaultFolder(path) is { } stem ? stem + "-plan" : null);
        if (folder is null)
        {
            error.WriteLine($"sim optimise: cannot name an output folder after '{path}'; give one with -o");
            return ExitCodes.BadInput;
        }

        var source = scenario.Source!;
        var origin = new ResultOrigin(path, source.FullPath, source.Sha256, [Path.GetFileName(path), .. source.Tables]);
        ResultSet set;
        try
        {
            set = ResultSet.Begin(folder, origin, ResultSetOptions.FromEnvironment(request.Force));
        }
        catch (OutputFolderException exception)
        {
            error.WriteLine($"sim optimise: {exception.Message}; nothing was planned or written.");
            return ExitCodes.BadInput;
        }

        using (set)
        {
            var study = new Study(scenario, request, progress);
            PlanningOutcome outcome;
            try
            {
                outcome = PlanningOutcome.Compute(study, request, error);
            }
            catch (PlanningInfeasibleException exception)
            {
                foreach (var shortfall in exception.Shortfalls)
                {
                    error.WriteLine($"sim optimise: {path}: {shortfall.Describe()}");
                }

                error.WriteLine("sim optimise: no plan meets the scenario's requirements; nothing was written.");
                return ExitCodes.Infeasible;
            }
            catch (SolverUnavailableException exception)
            {
                error.WriteLine($"sim optimise: {exception.Message}");
                return ExitCodes.Failure;
            }
            catch (InvalidOperationException exception) when (exception.Message.StartsWith("The solver found no plan", StringComparison.Ordinal))
            {
                error.WriteLine($"sim optimise: {exception.Message} Nothing was written.");
                return ExitCodes.Infeasible;
            }

            var comparison = outcome.Write(set, study, error);
            RunFolder.WriteManifest(set, new RunManifest
            {
                Kind = "optimise",
                CommandLine = ["sim", .. Environment.GetCommandLineArgs().Skip(1)],
                Input = path,
                InputSha256 = source.Sha256,
                Seed = study.Seed,
                Replications = study.Replications,
                Threads = study.Threads,
                StartedAt = startedAt,
                FinishedAt = time.GetUtcNow(),
            });
            set.Commit();
            console.Write(PlanningTables.Comparison(comparison.Markets, scenario.Currency, study.Replications));
            if (comparison.Levels.Count > 0)
            {
                console.Write(PlanningTables.ServiceLevels(comparison.Levels, study.Replications));
            }

            if (outcome.Loop is { } loop)
            {
                foreach (string line in loop.Describe())
                {
                    console.MarkupLine(Markup.Escape("loop: " + line));
                }
            }

            var solution = outcome.Solution;
            // CBC calls a plan within the --gap tolerance optimal; say how far from proven it is.
            string status = solution.Status == SolveStatus.Optimal && solution.Gap <= SolveRecord.ProvenGap
                ? "optimal"
                : solution.Status == SolveStatus.Optimal
                ? string.Create(CultureInfo.InvariantCulture, $"within the gap tolerance, NOT proven optimal: gap {solution.Gap:0.##%} (objective {solution.Result.Objective:0.##}, bound {solution.Result.BestBound:0.##})")
                : string.Create(CultureInfo.InvariantCulture, $"stopped at the time limit, NOT proven optimal: gap {solution.Gap:0.##%} (objective {solution.Result.Objective:0.##}, bound {solution.Result.BestBound:0.##})");
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{scenario.Name}: plan {status}; {outcome.Plan.Lanes.Count} lanes, {outcome.Plan.Warehouses.Count} warehouses open; {study.Replications} replications, seed {study.Seed}; results in {set.Folder}")));
            if (outcome.LoopFellShort)
            {
                error.WriteLine($"sim optimise: {path}: the loop's plan does not meet every service level in simulation (see rounds.csv); results were written.");
                return ExitCodes.Infeasible;
            }

            return ExitCodes.Success;
        }
    }
}
