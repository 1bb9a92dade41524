using System.Diagnostics;
using Sim.Runner.Commands;
using Sim.Runner.Progress;
using Sim.Runner.Studies;
using Sim.Runner.Tests.Studies;
using Spectre.Console;

namespace Sim.Runner.Tests.Commands;

public sealed partial class SweepCommandTests : IDisposable
{
    private readonly StudyFiles _files = new();

    public void Dispose() => _files.Dispose();

    internal static (int ExitCode, string Output, string Error) Sweep(string study, SweepOptions options, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 250;
        error ??= new StringWriter();
        var progress = new ProgressReporter(ProgressMode.Lines, error, TimeProvider.System, TimeSpan.FromHours(1));
        int exitCode = SweepCommand.Run(study, options, console, error, progress, TimeProvider.System, cancellationToken);
        return (exitCode, output.ToString(), error.ToString()!);
    }

    internal static SweepOptions Options(string output, int threads = 2, string? shard = null, bool resume = false, bool force = false) =>
        new(output, threads, shard, resume, force);

    [Fact]
    public void Run_OneThreadAndTwoThreads_ByteIdenticalDataFiles()
    {
        string study = _files.Grid();
        string one = _files.NewFolder("one");
        string two = _files.NewFolder("two");

        Assert.Equal(0, Sweep(study, Options(one, threads: 1)).ExitCode);
        var (exitCode, output, _) = Sweep(study, Options(two, threads: 2));

        Assert.Equal(0, exitCode);
        StudyFiles.AssertSameData(one, two);
        Assert.Equal(["c001", "c002", "c003", "c004"], Directory.GetDirectories(Path.Combine(one, "cells")).Select(Path.GetFileName).Order());
        Assert.True(File.Exists(Path.Combine(one, "cells", "c003", "replications.csv")));
        Assert.Contains("us_de_minimis=800, postal_loss=0.01", output, StringComparison.Ordinal);
        string[] comparison = File.ReadAllLines(Path.Combine(one, "comparison.csv"));
        Assert.Equal("cell,group,kpi,unit,pairs,mean_reference,mean,difference,half_width_95_paired,half_width_95_unpaired,variance_reduction,significant_95", comparison[0]);
        Assert.DoesNotContain(comparison, l => l.StartsWith("c001,", StringComparison.Ordinal));
        Assert.Equal(16, Directory.GetFiles(Path.Combine(one, "charts"), "*.gp").Length);
        Charts.ImageFiles.AssertChartsReRender(Path.Combine(one, "charts"), atLeast: 16);
        string[] chart = File.ReadAllLines(Path.Combine(one, "charts", "cost_per_parcel_vs_us_de_minimis.csv"));
        Assert.Equal("us_de_minimis,postal_loss=0.01,postal_loss=0.01 lower_95,postal_loss=0.01 upper_95,postal_loss=0.02,postal_loss=0.02 lower_95,postal_loss=0.02 upper_95", chart[0]);
        Assert.Equal(3, chart.Length);
    }

    [Fact]
    public void Run_KilledMidSweep_ResumeGivesTheUninterruptedResultByteForByte()
    {
        string study = _files.Grid(replications: 2, losses: [0.01, 0.02, 0.03]);
        string killed = _files.NewFolder("killed");
        string whole = _files.NewFolder("whole");

        int cellsAtKill = RunAndKillAfterFirstCell(study, killed);
        Assert.InRange(cellsAtKill, 1, 5);
        var (exitCode, _, _) = Sweep(study, Options(killed, resume: true));
        Assert.Equal(0, exitCode);
        Assert.Equal(0, Sweep(study, Options(whole)).ExitCode);

        StudyFiles.AssertSameData(whole, killed);
        Assert.Empty(Directory.GetDirectories(Path.Combine(killed, "cells"), ".*"));
    }

    [Fact]
    public void Run_CancelledAfterTheFirstCell_ExitsOneKeepsFinishedCellsAndResumeCompletes()
    {
        string study = _files.Grid();
        string cancelled = _files.NewFolder("cancelled");
        string whole = _files.NewFolder("whole");
        using var cancel = new CancellationTokenSource();
        using var cancelOnFirstCell = new CallbackWriter(line =>
        {
            if (line.Contains("written (1/", StringComparison.Ordinal))
            {
                cancel.Cancel();
            }
        });

        var (exitCode, _, _) = Sweep(study, Options(cancelled, threads: 1), cancelOnFirstCell, cancel.Token);

        Assert.Equal(1, exitCode);
        Assert.Contains("--resume", cancelOnFirstCell.Text, StringComparison.Ordinal);
        Assert.InRange(Directory.GetDirectories(Path.Combine(cancelled, "cells")).Length, 1, 3);
        Assert.False(File.Exists(Path.Combine(cancelled, "summary.csv")));
        Assert.Equal(0, Sweep(study, Options(cancelled, resume: true)).ExitCode);
        Assert.Equal(0, Sweep(study, Options(whole)).ExitCode);
        StudyFiles.AssertSameData(whole, cancelled);
    }

    [Fact]
    public void Run_CellWithBadPath_ExitsTwoNamesTheCellAndValidPathsAndWritesNothing()
    {
        string study = _files.Write("bad.yaml", $"""
            name: bad
            scenario: {Sim.Models.Scenarios.ScenarioLoader.BaselinePath}
            cells:
              - {"{"}name: ok{"}"}
              - {"{"}name: typo, set: {"{"}modes.postal.legs.linehual.loss_probability: 0.02{"}"}{"}"}
            """);
        string results = _files.NewFolder("results");

        var (exitCode, output, error) = Sweep(study, Options(results));

        Assert.Equal(2, exitCode);
        Assert.Contains("cell typo (typo):", error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'linehaul'", error, StringComparison.Ordinal);
        Assert.Contains("modes.postal.legs.last-mile", error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.False(Directory.Exists(results));
    }

    [Fact]
    public void Run_FolderOfThisStudyWithoutResume_RefusesAndTouchesNothing()
    {
        string study = _files.Grid(replications: 2);
        string folder = _files.NewFolder("twice");
        Assert.Equal(0, Sweep(study, Options(folder)).ExitCode);
        var before = StudyFiles.DataFiles(folder);

        var (exitCode, _, error) = Sweep(study, Options(folder));

        Assert.Equal(2, exitCode);
        Assert.Contains("--resume", error, StringComparison.Ordinal);
        Assert.Equal(before.Keys, StudyFiles.DataFiles(folder).Keys);
    }

    [Fact]
    public void Run_FolderOfAnotherStudy_RefusesResumeAndReplacesOnlyWithForce()
    {
        string folder = _files.NewFolder("other");
        Assert.Equal(0, Sweep(_files.Grid(replications: 2), Options(folder)).ExitCode);
        string changed = _files.Grid(replications: 3);

        var (exitCode, _, error) = Sweep(changed, Options(folder, resume: true));

        Assert.Equal(2, exitCode);
        Assert.Contains("cannot be resumed", error, StringComparison.Ordinal);
        Assert.Equal(0, Sweep(changed, Options(folder, force: true)).ExitCode);
        Assert.Contains(",3\n", File.ReadAllText(Path.Combine(folder, "summary.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FolderHoldingOtherFiles_RefusedEvenWithForce()
    {
        string folder = _files.NewFolder("precious");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "thesis.tex"), "keep me");

        var (exitCode, _, error) = Sweep(_files.Grid(), Options(folder, force: true));

        Assert.Equal(2, exitCode);
        Assert.Contains("not a sim sweep", error, StringComparison.Ordinal);
        Assert.Equal(["thesis.tex"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    private static int RunAndKillAfterFirstCell(string study, string folder)
    {
        string sim = typeof(SweepCommand).Assembly.Location;
        // The pause after each cell leaves seconds to kill the sweep between two cells, however loaded the machine.
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, Environment = { [SweepRunner.PauseVariable] = "3000" } };
        foreach (string argument in new[] { sim, "sweep", study, "--out", folder, "--threads", "1", "--quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        string cells = Path.Combine(folder, "cells");
        var waited = Stopwatch.StartNew();
        while (!process.HasExited && waited.Elapsed < TimeSpan.FromMinutes(2)
            && (!Directory.Exists(cells) || !Directory.EnumerateDirectories(cells).Any(d => !Path.GetFileName(d).StartsWith('.'))))
        {
            Thread.Sleep(5);
        }

        if (process.HasExited)
        {
            Assert.Fail($"the sweep ended before it could be killed: {process.StandardError.ReadToEnd()}");
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return Directory.EnumerateDirectories(cells).Count(d => !Path.GetFileName(d).StartsWith('.'));
    }
}
