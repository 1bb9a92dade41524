using System.CommandLine;
using Sim.Engine.Randomness;
using Sim.Engine.Replications;
using Sim.Models.Demo;
using Sim.Runner.Demo;
using Spectre.Console;

namespace Sim.Runner.Commands;

/// <summary>The <c>sim demo</c> verb: the tandem queue that checks the kernel against queueing theory.</summary>
internal static class DemoCommand
{
    /// <summary>Builds the command with its options.</summary>
    public static Command Create()
    {
        var replications = new Option<int>("--replications", "-r") { Description = "Number of independent replications.", DefaultValueFactory = _ => 10 };
        var seed = new Option<ulong>("--seed", "-s") { Description = "Root seed; the same seed gives the same results.", DefaultValueFactory = _ => 20261126 };
        var threads = new Option<int>("--threads", "-t") { Description = "Replications run at once (0: one per core).", DefaultValueFactory = _ => 0 };
        var customers = new Option<long>("--customers") { Description = "Customers per replication of the demo line.", DefaultValueFactory = _ => 200_000 };
        var command = new Command("demo", "Run the kernel demo (a tandem queue) and print its KPIs next to the Jackson network values.")
        {
            replications, seed, threads, customers,
        };
        command.SetAction(parse =>
        {
            int r = parse.GetValue(replications);
            long n = parse.GetValue(customers);
            if (r < 2 || n < 1_000)
            {
                Console.Error.WriteLine("error: --replications must be at least 2 and --customers at least 1000.");
                return ExitCodes.BadInput;
            }

            var config = TandemQueueConfig.Reference(n, n / 10);
            var streams = new RandomStreams(parse.GetValue(seed));
            var runner = new ReplicationRunner(parse.GetValue(threads));
            var started = System.Diagnostics.Stopwatch.StartNew();
            TandemQueueResult[] results = runner.Run(r, i => new TandemQueueModel(config, streams.ForReplication(i)).Run());
            AnsiConsole.Write(TandemReport.Build(config, results));
            AnsiConsole.MarkupLine($"[grey]{r} replications x {n:N0} customers, seed {streams.RootSeed}, {runner.Threads} threads, {started.Elapsed.TotalSeconds:F1} s[/]");
            return ExitCodes.Success;
        });
        return command;
    }
}
