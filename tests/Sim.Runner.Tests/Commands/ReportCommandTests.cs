using System.Text.RegularExpressions;
using Sim.Runner.Commands;
using Sim.Runner.Progress;
using Sim.Runner.Tests.Report;
using Sim.Runner.Tests.Studies;
using Spectre.Console;

namespace Sim.Runner.Tests.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private readonly StudyFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static (int ExitCode, string Error) Report(string folder)
    {
        var error = new StringWriter();
        return (ReportCommand.Run(folder, new StringWriter(), error), error.ToString());
    }

    private string RunBaseline()
    {
        string folder = _files.NewFolder("run");
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()) });
        var request = new RunRequest(Sim.Models.Scenarios.ScenarioLoader.BaselinePath, 2, 3, 2, folder, Force: false, ["horizon_days=20"]);
        Assert.Equal(0, RunCommand.Run(request, console, new StringWriter(), ProgressReporter.Silent()));
        return folder;
    }

    private static void AssertSelfContained(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex(@"\s(src|href)=['""](?!#)", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"url\((?!#)", RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public async Task Run_RunFolder_EveryKpiInATableAndEveryChartRendersInChromiumWithoutErrors()
    {
        string folder = RunBaseline();

        Assert.Equal(0, Report(folder).ExitCode);

        string html = await File.ReadAllTextAsync(Path.Combine(folder, "report.html"));
        AssertSelfContained(html);
        var kpis = File.ReadAllLines(Path.Combine(folder, "kpis.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var cells = Regex.Matches(html, "<td>([^<]+)</td>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(kpis.Count(k => k[3].Length > 0), cells.Count(c => c != "-"));
        foreach (string kind in new[] { "all", "mode", "market", "mode;market", "warehouse", "warehouse;product", "servers", "line", "customs" })
        {
            Assert.Contains($"data-table=\"{kind}\"", html, StringComparison.Ordinal);
        }

        var check = await BrowserCheck.RunAsync(Path.Combine(folder, "report.html"));
        check.AssertEveryChartRenderedWithoutErrors(Directory.GetFiles(Path.Combine(folder, "charts"), "*.svg").Length);
        Assert.True(check.Tables >= 9, $"{check.Tables} tables");
    }

    [Fact]
    public async Task Run_SweepFolder_TablesOfCellsSummaryAndComparisonAndEveryChartRenders()
    {
        string folder = _files.NewFolder("sweep");
        Assert.Equal(0, SweepCommandTests.Sweep(_files.Grid(replications: 2), SweepCommandTests.Options(folder)).ExitCode);

        Assert.Equal(0, Report(folder).ExitCode);

        string html = await File.ReadAllTextAsync(Path.Combine(folder, "report.html"));
        AssertSelfContained(html);
        foreach (string table in new[] { "cells", "summary", "comparison" })
        {
            Assert.Contains($"data-table=\"{table}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("us_de_minimis=800, postal_loss=0.02", html, StringComparison.Ordinal);
        var check = await BrowserCheck.RunAsync(Path.Combine(folder, "report.html"));
        check.AssertEveryChartRenderedWithoutErrors(16);
    }

    [Fact]
    public async Task BrowserCheck_BlankChartAndConsoleError_AreBothCaught()
    {
        // The check itself must be able to fail: a chart that draws nothing and a script error.
        string page = _files.Write("broken.html", """
            <!DOCTYPE html><html><body>
            <figure class="chart" data-chart="blank"><svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#fff"/></svg></figure>
            <script>console.error('broken chart')</script>
            </body></html>
            """);

        var check = await BrowserCheck.RunAsync(page);

        Assert.True(check.Charts.Single().Ink < 0.001, $"{check.Charts.Single().Ink:P2} inked");
        Assert.Contains(check.Errors, e => e.Contains("broken chart", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_ShardFolder_ExitsTwoAndSaysToMergeFirst()
    {
        string folder = _files.NewFolder("shard");
        Assert.Equal(0, SweepCommandTests.Sweep(_files.Grid(replications: 2), SweepCommandTests.Options(folder, shard: "1/2")).ExitCode);

        var (exitCode, error) = Report(folder);

        Assert.Equal(2, exitCode);
        Assert.Contains("sim merge", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "report.html")));
    }

    [Fact]
    public void Run_NotAResultFolder_ExitsTwo()
    {
        var (exitCode, error) = Report(_files.Folder);

        Assert.Equal(2, exitCode);
        Assert.Contains("not a result folder", error, StringComparison.Ordinal);
    }
}
