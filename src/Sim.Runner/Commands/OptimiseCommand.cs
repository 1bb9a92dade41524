using System.CommandLine;
using Sim.Runner.Cli;
using Sim.Runner.Progress;
using Spectre.Console;

namespace Sim.Runner.Commands;

/// <summary>
/// The <c>sim optimise</c> verb: <c>sim optimise SCENARIO [--pareto K] [--loop N] ...</c> plans a
/// scenario (<see cref="ScenarioOptimisation"/>); <c>sim optimise --orlib-cflp FILE...</c> solves
/// OR-Library facility-location files (<see cref="OrLibOptimisation"/>). Giving both, or neither, is a
/// usage error (exit 2), as is an option of the other form.
/// </summary>
internal static class OptimiseCommand
{
    /// <summary>Builds the command with its argument and options.</summary>
    public static Command Create()
    {
        var scenario = new Argument<string?>("scenario") { Description = "The scenario YAML file to plan.", Arity = ArgumentArity.ZeroOrOne };
        var files = new Option<FileInfo[]>("--orlib-cflp")
        {
            Description = "Instead of a scenario: OR-Library capacitated warehouse-location file(s) (cap41 ... cap134, capa, capb, capc).",
            AllowMultipleArgumentsPerToken = true,
        };
        var capacity = new Option<double?>("--capacity")
        {
            Description = "OR-Library: capacity of every warehouse, a number 0 or more, for files that give the keyword 'capacity' (capa/capb/capc).",
            CustomParser = OptionValues.Number(v => v >= 0, "a number 0 or more"),
        };
        var uncapacitated = new Option<bool>("--uncapacitated") { Description = "OR-Library: ignore warehouse capacities." };
        var pareto = new Option<int?>("--pareto") { Description = "Trace K plans from the cheapest to the fastest (2 to 50), each simulated: frontier.csv and frontier/plan-K.yaml.", CustomParser = OptionValues.WholeNumber(2, 50) };
        var loop = new Option<int?>("--loop") { Description = "Simulation-optimisation loop of at most N rounds (1 to 50): rounds.csv.", CustomParser = OptionValues.WholeNumber(1, 50) };
        var timeLimit = new Option<double?>("--time-limit")
        {
            Description = "Wall-clock limit of each solve, in seconds (above 0); a plan found at the limit is reported with its gap.",
            CustomParser = OptionValues.Number(v => v > 0, "a number of seconds above 0"),
        };
        var gap = new Option<double?>("--gap")
        {
            Description = "Stop at this relative gap in [0, 1) (e.g. 0.01 for 1%); default: prove optimality.",
            CustomParser = OptionValues.Number(v => v is >= 0 and < 1, "a number in [0, 1)"),
        };
        var threads = new Option<int?>("--threads", "-t")
        {
            Description = "Threads for branch and bound and for replications, 1 to 1024 (default: OR-Library 1, a scenario one per core).",
            CustomParser = OptionValues.WholeNumber(1, 1024),
        };
        var replications = new Option<int?>("--replications", "-r") { Description = "Replications of each simulation, 1 to 10000 (default: the scenario's).", CustomParser = OptionValues.WholeNumber(1, 10_000) };
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Root seed, 0 to 2^64-1 (default: the scenario's); every plan is simulated with the same random numbers.", CustomParser = OptionValues.Seed };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: results/<scenario file name without .yaml>-plan)." };
        var force = new Option<bool>("--force") { Description = "Replace an output folder that holds the results of a different input." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on stderr." };
        var writeLp = new Option<FileInfo?>("--write-lp") { Description = "Also write the (first) model as a CPLEX LP file (written atomically; one OR-Library file only)." };
        var verbose = new Option<bool>("--verbose") { Description = "Print the solver's log on standard error." };
        var command = new Command("optimise", "Plan a scenario (modes, routes, warehouses, stock levels) by MIP and simulate the plan; or solve OR-Library facility-location files.")
        {
            scenario, files, capacity, uncapacitated, pareto, loop, timeLimit, gap, threads, replications, seed, output, force, quiet, writeLp, verbose,
        };
        Option[] scenarioOnly = [pareto, loop, replications, seed, output, force];
        Option[] orLibOnly = [capacity, uncapacitated];
        command.Validators.Add(result =>
        {
            bool planning = result.GetValue(scenario) is not null;
            bool orLib = result.GetResult(files) is not null;
            if (planning == orLib)
            {
                result.AddError(planning ? "give a SCENARIO or --orlib-cflp FILE..., not both" : "give a SCENARIO to plan, or --orlib-cflp FILE...");
            }
            else if ((planning ? orLibOnly : scenarioOnly).FirstOrDefault(o => result.GetResult(o) is not null) is { } wrong)
            {
                result.AddError($"{wrong.Name} applies to {(planning ? "--orlib-cflp files" : "a SCENARIO")} only");
            }
        });
        command.SetAction(parse =>
        {
            var request = new OptimiseRequest(
                parse.GetValue(scenario), parse.GetValue(files) ?? [], parse.GetValue(capacity), parse.GetValue(uncapacitated),
                parse.GetValue(timeLimit), parse.GetValue(gap), parse.GetValue(threads), parse.GetValue(writeLp), parse.GetValue(verbose),
                parse.GetValue(pareto), parse.GetValue(loop), parse.GetValue(replications), parse.GetValue(seed), parse.GetValue(output), parse.GetValue(force));
            var error = parse.InvocationConfiguration.Error;
            return request.Scenario is null
                ? OrLibOptimisation.Run(request, parse.InvocationConfiguration.Output, error)
                : ScenarioOptimisation.Run(request, AnsiConsole.Console, error, ProgressReporter.For(error, parse.GetValue(quiet)));
        });
        return command;
    }
}
