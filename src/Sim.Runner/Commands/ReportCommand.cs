using System.CommandLine;
using Sim.Runner.Charts;
using Sim.Runner.Report;
using Sim.Runner.Studies;

namespace Sim.Runner.Commands;

/// <summary>
/// The <c>sim report DIR</c> verb: writes <c>DIR/report.html</c>, one self-contained page with the
/// KPI tables and every chart of the result folder inline (a run, a sweep cell, a merged sweep, or a
/// plan of <c>sim optimise</c>, whose KPIs are those of the plan simulated).
/// When the folder holds <c>frontier.csv</c>, its chart is drawn first.
/// </summary>
internal static class ReportCommand
{
    /// <summary>The report's file name inside the result folder.</summary>
    public const string FileName = "report.html";

    /// <summary>Builds the command with its argument.</summary>
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "A result folder of sim run, a sweep cell, a (merged) sweep, or sim optimise." };
        var command = new Command("report", "Write report.html into a result folder: its KPI tables and charts in one self-contained page.") { folder };
        command.SetAction(parse => Run(parse.GetValue(folder)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Writes the report of <paramref name="folder"/>.</summary>
    /// <returns>The process exit code.</returns>
    internal static int Run(string folder, TextWriter output, TextWriter error)
    {
        try
        {
            var manifest = RunManifest.Read(folder);
            string charts = Path.Combine(folder, "charts");
            string html = manifest.Kind switch
            {
                "run" or "cell" or "optimise" => RunReport(folder, manifest, charts, error),
                "sweep" => ReportPage.Build($"Sweep {Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)))} ({manifest.Input})", manifest, charts, html => SweepTables.Write(html, folder)),
                _ => throw new ResultFileException(Path.Combine(folder, RunManifest.FileName), 0, "kind", $"'{manifest.Kind}' has no report: merge the shards with sim merge, then report the merged folder"),
            };
            SweepFiles.Write(folder, FileName, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(html)));
            output.WriteLine($"report: {Path.GetFullPath(Path.Combine(folder, FileName))}");
            return ExitCodes.Success;
        }
        catch (ResultFileException ex)
        {
            error.WriteLine($"sim report: {ex.Message}; nothing was written.");
            return ExitCodes.BadInput;
        }
    }

    private static string RunReport(string folder, RunManifest manifest, string charts, TextWriter error)
    {
        var rows = KpiFile.Read(Path.Combine(folder, "kpis.csv"));
        string frontier = Path.Combine(folder, FrontierChart.FileName);
        if (File.Exists(frontier))
        {
            var chart = FrontierChart.TryBuild(frontier, out string problem);
            if (chart is null)
            {
                error.WriteLine($"sim report: warning: no frontier chart: {problem}");
            }
            else
            {
                RunFolder.DrawCharts(charts, [chart], error);
            }
        }

        string title = manifest.Kind == "optimise"
            ? $"Plan for {manifest.Input}, simulated"
            : $"Run of {manifest.Input}{(manifest.Overrides.Count > 0 ? " (with overrides)" : "")}";
        return ReportPage.Build(title, manifest, charts, html => RunTables.Write(html, rows, manifest.Replications));
    }
}
