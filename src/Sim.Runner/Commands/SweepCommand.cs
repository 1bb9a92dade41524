using System.CommandLine;
using Sim.Models.Scenarios;
using Sim.Runner.Cli;
using Sim.Runner.Progress;
using Sim.Runner.Studies;
using Spectre.Console;

namespace Sim.Runner.Commands;

/// <summary>
/// The <c>sim sweep STUDY</c> verb: runs every cell of a study (or every N-th with <c>--shard</c>),
/// writes each finished cell as a complete folder, and then the study-level files. <c>--resume</c>
/// runs only the cells a folder is missing, with results identical to an uninterrupted sweep.
/// </summary>
internal static class SweepCommand
{
    /// <summary>Builds the command with its argument and options.</summary>
    public static Command Create()
    {
        var study = new Argument<string>("study") { Description = "The study file (YAML; see scenarios/README.md, Studies)." };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: results/<study file name without extension>)." };
        var threads = new Option<int?>("--threads", "-t")
        {
            Description = "Replications run at once, across cells, 1 to 1024 (default: one per core).",
            CustomParser = OptionValues.WholeNumber(1, 1024),
        };
        var shard = new Option<string?>("--shard") { Description = "Run only shard k of N (k/N): the cells whose 0-based index mod N is k-1; merge the shards with sim merge." };
        var resume = new Option<bool>("--resume") { Description = "Continue a sweep in --out: run only the cells it is missing." };
        var force = new Option<bool>("--force") { Description = "Replace the results of a different study in --out." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on standard error." };
        var command = new Command("sweep", "Run a study: every cell's replications in parallel, with paired comparisons against the reference cell.")
        {
            study, output, threads, shard, resume, force, quiet,
        };
        command.SetAction(parse =>
        {
            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                var options = new SweepOptions(parse.GetValue(output), parse.GetValue(threads), parse.GetValue(shard), parse.GetValue(resume), parse.GetValue(force));
                var progress = ProgressReporter.For(parse.InvocationConfiguration.Error, parse.GetValue(quiet));
                return Run(parse.GetValue(study)!, options, AnsiConsole.Console, parse.InvocationConfiguration.Error, progress, TimeProvider.System, cancel.Token);
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        });
        return command;
    }

    /// <summary>Runs the study at <paramref name="studyFile"/>.</summary>
    /// <returns>The process exit code.</returns>
    internal static int Run(string studyFile, SweepOptions options, IAnsiConsole console, TextWriter error, ProgressReporter progress, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        var study = StudyReader.TryRead(studyFile, out var studyErrors);
        var shard = options.Shard is null ? ShardSpec.Whole : ShardSpec.TryParse(options.Shard);
        if (study is null || shard is null)
        {
            Report(error, [.. studyErrors.Select(e => e.ToString()),
                .. shard is null ? [$"sim sweep: --shard '{options.Shard}' is not k/N with 1 <= k <= N"] : Array.Empty<string>()], studyFile);
            return ExitCodes.BadInput;
        }

        var plan = SweepPlan.TryLoad(study, shard, out var cellErrors, options.Threads ?? Environment.ProcessorCount);
        if (plan is null)
        {
            Report(error, cellErrors, studyFile);
            return ExitCodes.BadInput;
        }

        var folder = new SweepFolder(options.Output ?? Path.Combine("results", Path.GetFileNameWithoutExtension(studyFile)));
        string? refusal = SweepFolderCheck.Refusal(folder, plan, options.Resume, options.Force);
        if (refusal is not null)
        {
            error.WriteLine($"sim sweep: {refusal}; nothing was run or written.");
            return ExitCodes.BadInput;
        }

        var started = time.GetUtcNow();
        int threads = Parallelism(plan, options.Threads ?? Environment.ProcessorCount, error);
        IReadOnlyList<string> commandLine = ["sim", .. Environment.GetCommandLineArgs().Skip(1)];
        SweepFolderCheck.Prepare(folder, studyFile, options.Force);
        WriteManifest(folder, plan, studyFile, commandLine, threads, started, finished: null);
        var runner = new SweepRunner(plan, folder, threads, time, commandLine, TextWriter.Synchronized(error));
        int missing = runner.Missing().Count;
        int done = 0;
        try
        {
            if (missing > 0)
            {
                progress.Run($"sweep {study.Name}: 0/{missing} cells", missing * plan.Replications, "replications", (advance, relabel) => runner.Run(advance, id =>
                {
                    int count = Interlocked.Increment(ref done);
                    relabel($"sweep {study.Name}: {count}/{missing} cells");
                    if (progress.Mode == ProgressMode.Lines)
                    {
                        error.WriteLine($"sweep {study.Name}: cell {id} written ({count}/{missing} cells)");
                    }
                }, cancellationToken));
            }
        }
        catch (OperationCanceledException)
        {
            error.WriteLine($"interrupted: {done} of {missing} cells finished and written in {folder.Root}; run the same command with --resume to finish.");
            return ExitCodes.Failure;
        }

        if (shard.Count > 1)
        {
            WriteManifest(folder, plan, studyFile, commandLine, threads, started, time.GetUtcNow());
            console.MarkupLine(Markup.Escape($"{study.Name}: shard {shard} done ({plan.Cells.Count} cells) in {folder.Root}; combine the shards with sim merge"));
            return ExitCodes.Success;
        }

        var results = SweepFinaliser.Write(study, folder, error);
        WriteManifest(folder, plan, studyFile, commandLine, threads, started, time.GetUtcNow());
        console.Write(SweepTable.Build(results));
        console.MarkupLine(Markup.Escape($"{study.Name}: {study.Cells.Count} cells x {plan.Replications} replications, seed {plan.Seed}; results in {folder.Root}"));
        return ExitCodes.Success;
    }

    // As many replications at once as asked for, but no more than fit in memory (the largest cell's).
    private static int Parallelism(SweepPlan plan, int threads, TextWriter error)
    {
        double perReplication = Math.Max(1, plan.Cells.Select(c => ScenarioFootprint.BytesPerReplication(c.Scenario)).DefaultIfEmpty(1).Max());
        int fit = (int)Math.Clamp(ScenarioFootprint.MemoryLimitBytes() / perReplication, 1, int.MaxValue);
        if (fit < threads)
        {
            error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"sim sweep: running {fit} replication(s) at once, not {threads}: each needs about {perReplication / (1L << 30):0.#} GiB of memory"));
        }

        return Math.Max(1, Math.Min(threads, fit));
    }

    private static void WriteManifest(SweepFolder folder, SweepPlan plan, string studyFile, IReadOnlyList<string> commandLine, int threads, DateTimeOffset started, DateTimeOffset? finished) =>
        RunFolder.WriteManifest(folder.Root, new RunManifest
        {
            Kind = plan.Shard.Count > 1 ? "sweep-shard" : "sweep",
            CommandLine = commandLine,
            Input = studyFile,
            InputSha256 = plan.InputSha256,
            Plan = plan.Study.PlanAsWritten,
            PlanSha256 = plan.PlanSha256,
            Seed = plan.Seed,
            Replications = plan.Replications,
            Shard = plan.Shard.Count > 1 ? plan.Shard.ToString() : null,
            Threads = threads,
            StartedAt = started,
            FinishedAt = finished,
        });

    private static void Report(TextWriter error, IEnumerable<string> errors, string studyFile)
    {
        int count = 0;
        foreach (string line in errors)
        {
            error.WriteLine(line);
            count++;
        }

        error.WriteLine($"{count} error(s) in {studyFile}; nothing was run or written.");
    }
}
