using System.CommandLine;
using Sim.Engine.Randomness;
using Sim.Engine.Replications;
using Sim.Models.Demo;
using Sim.Runner.Cli;
using Sim.Runner.Demo;
using Sim.Runner.Progress;
using Spectre.Console;

namespace Sim.Runner.Commands;

/// <summary>The <c>sim demo</c> verb: the tandem queue that checks the kernel against queueing theory.</summary>
internal static class DemoCommand
{
    /// <summary>Builds the command with its options.</summary>
    public static Command Create()
    {
        var replications = new Option<int?>("--replications", "-r") { Description = "Number of independent replications, 2 to 10000 (default 10).", CustomParser = OptionValues.WholeNumber(2, 10_000) };
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Root seed, 0 to 2^64-1; the same seed gives the same results (default 20261126).", CustomParser = OptionValues.Seed };
        var threads = new Option<int?>("--threads", "-t") { Description = "Replications run at once, 1 to 1024 (default: one per core).", CustomParser = OptionValues.WholeNumber(1, 1024) };
        var customers = new Option<long>("--customers")
        {
            Description = "Customers per replication of the demo line, 1000 to 1000000000.",
            DefaultValueFactory = _ => 200_000,
            CustomParser = OptionValues.LongWholeNumber(1_000, 1_000_000_000),
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on stderr." };
        var command = new Command("demo", "Run the kernel demo (a tandem queue) and print its KPIs next to the Jackson network values.")
        {
            replications, seed, threads, customers, quiet,
        };
        command.SetAction(parse =>
        {
            int r = parse.GetValue(replications) ?? 10;
            long n = parse.GetValue(customers);
            var config = TandemQueueConfig.Reference(n, n / 10);
            var streams = new RandomStreams(parse.GetValue(seed) ?? 20261126);
            var runner = new ReplicationRunner(parse.GetValue(threads) ?? Environment.ProcessorCount);
            var started = System.Diagnostics.Stopwatch.StartNew();
            TandemQueueResult[] results = ProgressReporter.For(parse.InvocationConfiguration.Error, parse.GetValue(quiet)).Run("demo", r, "replications", advance =>
                runner.Run(r, i =>
                {
                    TandemQueueResult result = new TandemQueueModel(config, streams.ForReplication(i)).Run();
                    advance();
                    return result;
                }));
            AnsiConsole.Write(TandemReport.Build(config, results));
            AnsiConsole.MarkupLine($"[grey]{r} replications x {n:N0} customers, seed {streams.RootSeed}, {runner.Threads} threads, {started.Elapsed.TotalSeconds:F1} s[/]");
            return ExitCodes.Success;
        });
        return command;
    }
}
