using Sim.Runner.Commands;
using Sim.Runner.Tests.Studies;
using Spectre.Console;

namespace Sim.Runner.Tests.Commands;

public sealed class MergeCommandTests : IDisposable
{
    private readonly StudyFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static (int ExitCode, string Error) Merge(string output, params string[] shards)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()), ColorSystem = ColorSystemSupport.NoColors });
        var error = new StringWriter();
        return (MergeCommand.Run(shards, output, console, error, TimeProvider.System), error.ToString());
    }

    private string[] Shards(string study, int count)
    {
        var folders = new string[count];
        for (int k = 1; k <= count; k++)
        {
            folders[k - 1] = _files.NewFolder($"shard{k}");
            Assert.Equal(0, SweepCommandTests.Sweep(study, SweepCommandTests.Options(folders[k - 1], threads: 1, shard: $"{k}/{count}")).ExitCode);
        }

        return folders;
    }

    [Fact]
    public void Run_ThreeShards_EqualTheUnshardedSweepByteForByte()
    {
        string study = _files.Grid(replications: 2, losses: [0.01, 0.02, 0.03]);
        string whole = _files.NewFolder("whole");
        string merged = _files.NewFolder("merged");
        Assert.Equal(0, SweepCommandTests.Sweep(study, SweepCommandTests.Options(whole)).ExitCode);
        string[] shards = Shards(study, 3);

        Assert.Equal(["c001", "c004"], Directory.GetDirectories(Path.Combine(shards[0], "cells")).Select(Path.GetFileName).Order());
        Assert.False(File.Exists(Path.Combine(shards[0], "summary.csv")));
        Assert.Equal(0, Merge(merged, shards).ExitCode);

        StudyFiles.AssertSameData(whole, merged);
    }

    [Fact]
    public void Run_ShardMissing_ExitsTwoNamesItAndWritesNothing()
    {
        string[] shards = Shards(_files.Grid(replications: 2), 3);
        string merged = _files.NewFolder("merged");

        var (exitCode, error) = Merge(merged, shards[0], shards[2]);

        Assert.Equal(2, exitCode);
        Assert.Contains("shards 2/3 are missing", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(merged));
    }

    [Fact]
    public void Run_ShardsOfDifferentStudies_ExitsTwo()
    {
        string a = _files.NewFolder("a");
        string b = _files.NewFolder("b");
        Assert.Equal(0, SweepCommandTests.Sweep(_files.Grid(replications: 2), SweepCommandTests.Options(a, shard: "1/2")).ExitCode);
        Assert.Equal(0, SweepCommandTests.Sweep(_files.Grid(replications: 3), SweepCommandTests.Options(b, shard: "2/2")).ExitCode);

        var (exitCode, error) = Merge(_files.NewFolder("merged"), a, b);

        Assert.Equal(2, exitCode);
        Assert.Contains("not a shard of the same sweep", error, StringComparison.Ordinal);
    }
}
