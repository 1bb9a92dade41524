using System.CommandLine;
using System.Globalization;
using Sim.Runner.Output;
using Sim.Runner.Studies;
using Spectre.Console;

namespace Sim.Runner.Commands;

/// <summary>
/// The <c>sim compare DIR_A DIR_B</c> verb: every KPI of run B against run A, replication by
/// replication (the runs share their random numbers when their seeds agree), with paired and
/// unpaired 95% intervals of the difference and the variance pairing removes.
/// </summary>
internal static class CompareCommand
{
    private static readonly string[] TableKpis =
    [
        "orders", "cost_per_parcel", "cost_duties_taxes_per_parcel", "delivery_days_mean", "delivery_days_p95",
        "on_time_rate", "loss_rate", "tracked_time_share", "co2e_kg_per_parcel",
    ];

    /// <summary>Builds the command with its arguments and options.</summary>
    public static Command Create()
    {
        var a = new Argument<string>("reference") { Description = "Result folder of the reference run (A)." };
        var b = new Argument<string>("other") { Description = "Result folder of the run compared with it (B)." };
        var output = new Option<string?>("--out", "-o") { Description = "Folder for comparison.csv (default: results/compare/<A>-vs-<B>)." };
        var command = new Command("compare", "Compare two runs KPI by KPI: B - A with paired 95% intervals over common random numbers.") { a, b, output };
        command.SetAction(parse => Run(parse.GetValue(a)!, parse.GetValue(b)!, parse.GetValue(output), AnsiConsole.Console, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Compares the runs in <paramref name="folderA"/> and <paramref name="folderB"/>.</summary>
    /// <returns>The process exit code.</returns>
    internal static int Run(string folderA, string folderB, string? output, IAnsiConsole console, TextWriter error)
    {
        ReplicationTable tableA;
        ReplicationTable tableB;
        RunManifest manifestA;
        RunManifest manifestB;
        try
        {
            manifestA = RunManifest.Read(folderA);
            manifestB = RunManifest.Read(folderB);
            tableA = ReplicationCsv.Read(Path.Combine(folderA, ReplicationCsv.FileName));
            tableB = ReplicationCsv.Read(Path.Combine(folderB, ReplicationCsv.FileName));
        }
        catch (ResultFileException ex)
        {
            error.WriteLine($"error: {ex.Message}; nothing was written.");
            return ExitCodes.BadInput;
        }

        if (manifestA.Seed != manifestB.Seed)
        {
            error.WriteLine($"note: the runs used different seeds ({manifestA.Seed}, {manifestB.Seed}), so they share no random numbers: read the unpaired intervals.");
        }

        if (tableA.Replications != tableB.Replications)
        {
            error.WriteLine($"note: the runs have {tableA.Replications} and {tableB.Replications} replications; the first {Math.Min(tableA.Replications, tableB.Replications)} of each are paired.");
        }

        var rows = KpiComparison.Compare(tableA, tableB);
        string folder = output ?? Path.Combine("results", "compare", $"{Name(folderA)}-vs-{Name(folderB)}");
        string[] inputs = [Path.Combine(folderA, ReplicationCsv.FileName), Path.Combine(folderB, ReplicationCsv.FileName)];
        var origin = new ResultOrigin($"{folderB} vs {folderA}", $"{Path.GetFullPath(folderB)} vs {Path.GetFullPath(folderA)}", InputHash.Of(inputs, []), inputs);
        try
        {
            using var set = ResultSet.Begin(folder, origin, ResultSetOptions.FromEnvironment(force: false));
            set.Write("comparison.csv", stream => ComparisonCsv.Write(stream, [("", rows)], withCell: false));
            set.Commit();
        }
        catch (OutputFolderException ex)
        {
            error.WriteLine($"sim compare: {ex.Message}; nothing was written.");
            return ExitCodes.BadInput;
        }

        console.Write(Table(rows, folderA, folderB));
        console.MarkupLine(Markup.Escape(Reduction(rows)));
        console.MarkupLine(Markup.Escape($"every KPI ({rows.Count} rows) in {Path.GetFullPath(Path.Combine(folder, "comparison.csv"))}"));
        return ExitCodes.Success;
    }

    private static string Name(string folder) => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));

    private static Table Table(IReadOnlyList<KpiComparison> rows, string a, string b)
    {
        var table = new Table().Title(Markup.Escape($"All orders: {Name(b)} (B) - {Name(a)} (A), 95% intervals"));
        foreach (string column in new[] { "kpi", "unit", "A", "B", "B - A", "± paired", "± unpaired", "variance removed" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (string kpi in TableKpis)
        {
            var row = rows.FirstOrDefault(r => r.Key.Group == "all" && r.Key.Kpi == kpi);
            if (row is null)
            {
                continue;
            }

            var d = row.Difference;
            table.AddRow(
                Markup.Escape(kpi), Markup.Escape(row.Key.Unit), Format(d.MeanA), Format(d.MeanB), Format(d.Difference),
                Format(d.PairedHalfWidth), Format(d.UnpairedHalfWidth),
                double.IsFinite(d.VarianceReduction) ? d.VarianceReduction.ToString("P0", CultureInfo.InvariantCulture) : "-");
        }

        return table;
    }

    private static string Format(double value) => double.IsFinite(value) ? value.ToString("G5", CultureInfo.InvariantCulture) : "-";

    private static string Reduction(IReadOnlyList<KpiComparison> rows)
    {
        var ratios = rows.Select(r => r.Difference)
            .Where(d => d.PairedHalfWidth > 0 && d.UnpairedHalfWidth > 0)
            .Select(d => d.UnpairedHalfWidth / d.PairedHalfWidth)
            .Order()
            .ToList();
        return ratios.Count == 0
            ? "pairing: no KPI varies in both runs"
            : string.Create(CultureInfo.InvariantCulture, $"pairing: over {ratios.Count} KPIs that vary, the paired interval is {ratios[ratios.Count / 2]:0.0} times narrower than the unpaired one (median)");
    }
}
