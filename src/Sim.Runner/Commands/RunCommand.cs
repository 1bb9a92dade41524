using System.CommandLine;
using System.Globalization;
using Sim.Engine.Replications;
using Sim.Models.Flow;
using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;
using Sim.Models.Planning.Plans;
using Sim.Models.Scenarios;
using Sim.Models.Scenarios.Overrides;
using Sim.Runner.Cli;
using Sim.Runner.Output;
using Sim.Runner.Progress;
using Sim.Runner.Studies;
using Spectre.Console;

namespace Sim.Runner.Commands;

/// <summary>
/// The <c>sim run [SCENARIO] [--plan PLAN]</c> verb: loads a scenario (the built-in baseline when
/// omitted) and, with <c>--plan</c>, a plan that it then simulates under (checked like a scenario), checks
/// the output folder, runs the replications in parallel with progress on stderr, writes the result
/// set (<c>kpis.csv</c>, <c>kpis.json</c>, <c>replications.csv</c>, <c>manifest.json</c>,
/// <c>source.json</c>) into the output folder in one step, and prints the KPI tables. <c>--set</c>
/// changes the scenario before it is checked (see <see cref="ScenarioOverride"/>). Exit codes:
/// 0 done, 2 bad scenario or output folder (nothing written).
/// </summary>
internal static class RunCommand
{
    /// <summary>How the built-in baseline is named in result files.</summary>
    public const string BaselineName = "scenarios/baseline.yaml";

    /// <summary>Builds the command with its argument and options.</summary>
    public static Command Create()
    {
        var scenario = new Argument<string?>("scenario") { Description = "The scenario YAML file (default: the built-in baseline).", Arity = ArgumentArity.ZeroOrOne };
        var replications = new Option<int?>("--replications", "-r")
        {
            Description = "Number of replications, 1 to 10000 (default: the scenario's).",
            CustomParser = OptionValues.WholeNumber(1, 10_000),
        };
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Root seed, 0 to 2^64-1 (default: the scenario's); the same seed gives the same results.", CustomParser = OptionValues.Seed };
        var threads = new Option<int?>("--threads", "-t")
        {
            Description = "Replications run at once, 1 to 1024 (default: one per core).",
            CustomParser = OptionValues.WholeNumber(1, 1024),
        };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: results/<scenario file name without .yaml>)." };
        var force = new Option<bool>("--force") { Description = "Replace an output folder that holds the results of a different scenario." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on stderr." };
        var set = new Option<string[]>("--set")
        {
            Description = "A what-if change PATH=VALUE, e.g. markets.US.duty_regimes[1].de_minimis=800 (repeatable; see scenarios/README.md).",
            Arity = ArgumentArity.OneOrMore,
        };
        var plan = new Option<string?>("--plan") { Description = "Simulate the scenario under this plan.yaml (from sim optimise, or written by hand); results default to results/<scenario>-<plan file name>.", HelpName = "PLAN" };
        var trace = new Option<double?>("--trace-sample")
        {
            Description = "Write the milestone times of this share of the orders, in [0, 1], to trace.csv (a sample by a hash of each order's index; default 0: no trace).",
            HelpName = "RATE",
            CustomParser = OptionValues.Number(rate => rate >= 0 && rate <= 1, "a share in [0, 1]"),
        };
        var command = new Command("run", "Run a scenario's replications and report KPIs with 95% confidence intervals.")
        {
            scenario, replications, seed, threads, output, force, quiet, set, plan, trace,
        };
        command.SetAction(parse => Run(
            new RunRequest(parse.GetValue(scenario), parse.GetValue(replications), parse.GetValue(seed), parse.GetValue(threads), parse.GetValue(output), parse.GetValue(force), parse.GetValue(set), parse.GetValue(plan), parse.GetValue(trace) ?? 0),
            AnsiConsole.Console,
            parse.InvocationConfiguration.Error,
            ProgressReporter.For(parse.InvocationConfiguration.Error, parse.GetValue(quiet))));
        return command;
    }

    /// <summary>Runs the scenario of <paramref name="request"/> and writes its results.</summary>
    /// <returns>The process exit code.</returns>
    internal static int Run(RunRequest request, IAnsiConsole console, TextWriter error, ProgressReporter progress, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        time ??= TimeProvider.System;
        var startedAt = time.GetUtcNow();
        string path = request.Scenario ?? ScenarioLoader.BaselinePath;
        var changes = new List<ScenarioOverride>();
        foreach (string text in request.Set ?? [])
        {
            if (!ScenarioOverride.TryParse(text, out var parsed))
            {
                error.WriteLine($"sim run: --set '{text}' is not of the form PATH=VALUE (e.g. modes.postal.legs.linehaul.loss_probability=0.02); nothing was run or written.");
                return ExitCodes.BadInput;
            }

            changes.Add(parsed!);
        }

        ScenarioCheck check = ScenarioLoader.Check(path, changes);
        if (ScenarioReport.Write(check, path, "; nothing was run or written", error) is not { } scenario)
        {
            return ExitCodes.BadInput;
        }

        var overrides = FlowOverrides.None;
        string? planHash = null;
        if (request.Plan is { } planPath)
        {
            if (PlanLoader.TryLoad(planPath, scenario, out var errors) is not { } plan)
            {
                foreach (var e in errors)
                {
                    error.WriteLine(e.ToString());
                }

                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{errors.Count} error(s) in {planPath}; nothing was run or written."));
                return ExitCodes.BadInput;
            }

            overrides = PlanOverrides.For(plan, scenario);
            planHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(planPath)));
        }

        string? folder = request.Output ?? (request.Plan is null ? DefaultFolder(path) : DefaultFolder(path) + "-" + Path.GetFileNameWithoutExtension(request.Plan));
        if (folder is null)
        {
            error.WriteLine($"sim run: cannot name an output folder after '{path}'; give one with -o");
            return ExitCodes.BadInput;
        }

        ScenarioSource source = scenario.Source!;
        var origin = planHash is null
            ? new ResultOrigin(request.Scenario ?? BaselineName, source.FullPath, source.Sha256, [Path.GetFileName(path), .. source.Tables])
            : new ResultOrigin(request.Scenario ?? BaselineName, source.FullPath, InputHash.Of([], [source.Sha256, planHash]), [Path.GetFileName(path), .. source.Tables, request.Plan!]);
        ResultSet set;
        try
        {
            set = ResultSet.Begin(folder, origin, ResultSetOptions.FromEnvironment(request.Force));
        }
        catch (OutputFolderException exception)
        {
            error.WriteLine($"sim run: {exception.Message}; nothing was run or written.");
            return ExitCodes.BadInput;
        }

        using (set)
        {
            int n = request.Replications ?? scenario.Replications;
            ulong seed = request.Seed ?? scenario.Seed;
            var runner = new ReplicationRunner(Parallelism(scenario, request.Threads ?? Environment.ProcessorCount, n, error));
            var started = System.Diagnostics.Stopwatch.StartNew();
            // Compiled once: the replications share the network (routes, stations, rules) read-only.
            var network = RouteCompiler.Compile(scenario, overrides);
            ReplicationKpis[] results = progress.Run($"run {scenario.Name}", n, "replications", advance =>
                runner.Run(n, i =>
                {
                    ReplicationKpis result = ScenarioSimulation.RunReplication(network, seed, i, request.TraceSample);
                    advance();
                    return result;
                }));
            var data = RunFolder.WriteData(set, scenario, origin.File, seed, results, error);
            if (request.TraceSample > 0)
            {
                set.Write(TraceCsv.FileName, stream => TraceCsv.Write(stream, results));
            }

            IReadOnlyList<KpiRow> rows = data.Rows;
            IReadOnlyList<string> warnings = data.Warnings;
            RunFolder.WriteManifest(set, new RunManifest
            {
                Kind = "run",
                CommandLine = ["sim", .. Environment.GetCommandLineArgs().Skip(1)],
                Input = origin.File,
                InputSha256 = source.Sha256,
                Overrides = [.. changes.Select(o => o.ToString())],
                Plan = request.Plan,
                PlanSha256 = planHash,
                Seed = seed,
                Replications = n,
                Threads = runner.Threads,
                StartedAt = startedAt,
                FinishedAt = time.GetUtcNow(),
            });
            set.Commit();

            console.Write(KpiTables.ByModeAndMarket(rows, scenario.Currency, n));
            console.Write(KpiTables.Warehouses(rows));
            foreach (string warning in warnings)
            {
                error.WriteLine($"sim run: warning: {warning}");
            }

            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{scenario.Name}: {n} replications, seed {seed}, {runner.Threads} threads, {started.Elapsed.TotalSeconds:F1} s; results in {set.Folder}")));
            return ExitCodes.Success;
        }
    }

    /// <summary><c>results/&lt;file name without extension&gt;</c>, or null when the name gives no usable folder name.</summary>
    internal static string? DefaultFolder(string scenarioPath)
    {
        string stem = Path.GetFileNameWithoutExtension(scenarioPath);
        return stem.Length == 0 || stem.All(c => c == '.') ? null : Path.Combine("results", stem);
    }

    // As many replications at once as asked for, but no more than there are, nor than fit in memory.
    private static int Parallelism(Scenario scenario, int threads, int replications, TextWriter error)
    {
        double perReplication = Math.Max(1, ScenarioFootprint.BytesPerReplication(scenario));
        int fit = (int)Math.Clamp(ScenarioFootprint.MemoryLimitBytes() / perReplication, 1, int.MaxValue);
        if (fit < Math.Min(threads, replications))
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sim run: running {fit} replication(s) at once, not {threads}: each needs about {perReplication / (1L << 30):0.#} GiB of memory"));
        }

        return Math.Max(1, Math.Min(Math.Min(threads, replications), fit));
    }
}
