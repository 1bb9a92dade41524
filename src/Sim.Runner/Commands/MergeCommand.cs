using System.CommandLine;
using Sim.Runner.Studies;
using Spectre.Console;

namespace Sim.Runner.Commands;

/// <summary>
/// The <c>sim merge DIR... --out DIR</c> verb: combines the folders of <c>sim sweep --shard k/N</c>
/// into the folder an unsharded sweep would have written.
/// </summary>
internal static class MergeCommand
{
    /// <summary>Builds the command with its arguments and options.</summary>
    public static Command Create()
    {
        var shards = new Argument<string[]>("shards") { Description = "The output folders of every shard of one sweep.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "The merged sweep's folder (new or empty).", Required = true };
        var command = new Command("merge", "Merge the output folders of a sharded sweep into one, as an unsharded sweep would have written it.")
        {
            shards, output,
        };
        command.SetAction(parse => Run(parse.GetValue(shards)!, parse.GetValue(output)!, AnsiConsole.Console, parse.InvocationConfiguration.Error, TimeProvider.System));
        return command;
    }

    /// <summary>Merges <paramref name="shardFolders"/> into <paramref name="output"/>.</summary>
    /// <returns>The process exit code.</returns>
    internal static int Run(IReadOnlyList<string> shardFolders, string output, IAnsiConsole console, TextWriter error, TimeProvider time)
    {
        var started = time.GetUtcNow();
        var target = new SweepFolder(output);
        try
        {
            var (first, study, shards) = ShardMerge.Check(shardFolders);
            ShardMerge.CheckComplete(study, shards);
            if (!target.IsEmpty || File.Exists(target.Root))
            {
                error.WriteLine($"error: the output folder '{target.Root}' is not empty; merge into a new or empty folder; nothing was written.");
                return ExitCodes.BadInput;
            }

            Directory.CreateDirectory(target.CellsFolder);
            File.Copy(shards[0].Folder.StudyFile, target.StudyFile);
            ShardMerge.CopyCells(study, shards, target);
            var results = SweepFinaliser.Write(study, target, error);
            RunFolder.WriteManifest(target.Root, first with
            {
                Kind = "sweep",
                Shard = null,
                CommandLine = ["sim", .. Environment.GetCommandLineArgs().Skip(1)],
                StartedAt = started,
                FinishedAt = time.GetUtcNow(),
            });
            console.Write(SweepTable.Build(results));
            console.MarkupLine(Markup.Escape($"{study.Name}: merged {shards.Count} shards, {study.Cells.Count} cells, into {target.Root}"));
            return ExitCodes.Success;
        }
        catch (ResultFileException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }
}
