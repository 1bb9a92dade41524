using System.CommandLine;
using System.Diagnostics;
using Sim.Models.Flow;
using Sim.Models.Kpis;
using Sim.Models.Scenarios;
using Sim.Models.Scenarios.Overrides;
using Sim.Runner.Output;
using Sim.Runner.Studies;
using Spectre.Console;

namespace Sim.Runner.Commands;

/// <summary>
/// The <c>sim run [SCENARIO]</c> verb: loads a scenario (the built-in baseline when omitted), runs
/// its replications in parallel, prints a KPI table per mode and market, and writes every KPI as
/// CSV and JSON into the output folder.
/// </summary>
internal static class RunCommand
{
    /// <summary>Builds the command with its argument and options.</summary>
    public static Command Create()
    {
        var scenario = new Argument<string?>("scenario") { Description = "The scenario YAML file (default: the built-in baseline).", Arity = ArgumentArity.ZeroOrOne };
        var replications = new Option<int?>("--replications", "-r") { Description = "Number of replications (default: the scenario's)." };
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Root seed (default: the scenario's); the same seed gives the same results." };
        var threads = new Option<int>("--threads", "-t") { Description = "Replications run at once (0: one per core).", DefaultValueFactory = _ => 0 };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: results/<scenario name>)." };
        var set = new Option<string[]>("--set") { Description = "A what-if change PATH=VALUE, e.g. markets.US.duty_regimes[1].de_minimis=800 (repeatable; see scenarios/README.md).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("run", "Run a scenario's replications and report KPIs with 95% confidence intervals.")
        {
            scenario, replications, seed, threads, output, set,
        };
        command.SetAction(parse => Run(
            parse.GetValue(scenario) ?? ScenarioLoader.BaselinePath,
            parse.GetValue(replications),
            parse.GetValue(seed),
            parse.GetValue(threads),
            parse.GetValue(output),
            AnsiConsole.Console,
            parse.InvocationConfiguration.Error,
            parse.GetValue(set) ?? []));
        return command;
    }

    /// <summary>Runs the scenario at <paramref name="path"/>, changed by the <c>PATH=VALUE</c> overrides in <paramref name="set"/>, and writes its results.</summary>
    /// <returns>The process exit code.</returns>
    internal static int Run(string path, int? replications, ulong? seed, int threads, string? outputFolder, IAnsiConsole console, TextWriter error, IReadOnlyList<string>? set = null)
    {
        var overrides = new List<ScenarioOverride>();
        foreach (string text in set ?? [])
        {
            if (!ScenarioOverride.TryParse(text, out var parsed))
            {
                error.WriteLine($"error: --set '{text}' is not of the form PATH=VALUE (e.g. modes.postal.legs.linehaul.loss_probability=0.02); nothing was run or written.");
                return ExitCodes.BadInput;
            }

            overrides.Add(parsed!);
        }

        Scenario? scenario = ScenarioLoader.TryLoad(path, overrides, out var errors);
        if (scenario is null)
        {
            foreach (ScenarioError e in errors)
            {
                error.WriteLine(e.ToString());
            }

            error.WriteLine($"{errors.Count} error(s) in {path}; nothing was run or written.");
            return ExitCodes.BadInput;
        }

        int n = replications ?? scenario.Replications;
        if (n < 1)
        {
            error.WriteLine("error: --replications must be at least 1.");
            return ExitCodes.BadInput;
        }

        ulong rootSeed = seed ?? scenario.Seed;
        string folder = outputFolder ?? Path.Combine("results", scenario.Name);
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        KpiSummary summary = ScenarioSimulation.Run(scenario, rootSeed, n, threads);
        double seconds = clock.Elapsed.TotalSeconds;

        console.Write(KpiTables.ByModeAndMarket(scenario, summary));
        console.Write(KpiTables.Warehouses(summary));
        RunFolder.WriteData(folder, scenario, path, rootSeed, summary);
        RunFolder.WriteManifest(folder, new RunManifest
        {
            Kind = "run",
            CommandLine = ["sim", .. Environment.GetCommandLineArgs().Skip(1)],
            Input = path,
            InputSha256 = InputHash.OfScenario(path, overrides.Select(o => o.ToString())),
            Overrides = [.. overrides.Select(o => o.ToString())],
            Seed = rootSeed,
            Replications = n,
            Threads = threads > 0 ? threads : Environment.ProcessorCount,
            StartedAt = startedAt,
            FinishedAt = DateTimeOffset.UtcNow,
        });
        console.MarkupLine(Markup.Escape($"{scenario.Name}: {n} replications, seed {rootSeed}, {seconds:F1} s; results in {Path.GetFullPath(folder)}"));
        return ExitCodes.Success;
    }
}
