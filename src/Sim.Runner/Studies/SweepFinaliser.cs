using System.Globalization;
using CsvHelper;
using Sim.Runner.Charts;

namespace Sim.Runner.Studies;

/// <summary>
/// Writes the study-level files of a sweep from its complete cell folders: <c>cells.csv</c> (what
/// each cell is), <c>summary.csv</c> (every KPI of every cell with its 95% interval) and
/// <c>comparison.csv</c> (every KPI of every cell against the reference cell, paired), and the charts
/// of each charted KPI against each factor under <c>charts/</c>. They are a
/// function of the cell folders and the study alone, so a sweep run whole, resumed after a kill, or
/// merged from shards writes the same bytes. Stateless and thread-safe (for different folders).
/// </summary>
internal static class SweepFinaliser
{
    /// <summary>Writes the study-level files into <paramref name="folder"/>, each atomically.</summary>
    /// <returns>The results read, for the console summary.</returns>
    /// <exception cref="ResultFileException">A cell is missing or unreadable.</exception>
    public static SweepResults Write(StudyDefinition study, SweepFolder folder, TextWriter warnings)
    {
        var results = SweepResults.Read(study, folder);
        SweepFiles.Write(folder.Root, "cells.csv", stream => WriteCells(stream, study));
        SweepFiles.Write(folder.Root, "summary.csv", stream => WriteSummary(stream, results));
        var comparisons = study.Cells.Where(c => c.Index != study.Reference)
            .Select(c => (c.Id, results.CompareWithReference(c.Index)));
        SweepFiles.Write(folder.Root, "comparison.csv", stream => ComparisonCsv.Write(stream, comparisons, withCell: true));
        RunFolder.DrawCharts(Path.Combine(folder.Root, "charts"), SweepCharts.Build(results), warnings);
        return results;
    }

    private static CsvWriter Csv(Stream stream) =>
        CsvWriter.Create(stream, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" }, true);

    private static void WriteCells(Stream stream, StudyDefinition study)
    {
        using var csv = Csv(stream);
        string[] header = study.Factors.Count > 0
            ? ["cell", "name", "reference", .. study.Factors.Select(f => f.Name)]
            : ["cell", "name", "reference", "overrides"];
        csv.WriteHeader(header);
        foreach (var cell in study.Cells)
        {
            csv.WriteField(cell.Id);
            csv.WriteField(cell.Name);
            csv.WriteField(cell.Index == study.Reference ? "true" : "false");
            if (study.Factors.Count > 0)
            {
                for (int f = 0; f < study.Factors.Count; f++)
                {
                    csv.WriteField(study.Factors[f].Levels[cell.Levels[f]].Label);
                }
            }
            else
            {
                csv.WriteField(string.Join("; ", cell.Overrides));
            }

            csv.EndRecord();
        }
    }

    private static void WriteSummary(Stream stream, SweepResults results)
    {
        using var csv = Csv(stream);
        csv.WriteHeader(["cell", "group", "kpi", "unit", "mean", "half_width_95", "replications"]);
        for (int c = 0; c < results.Tables.Count; c++)
        {
            var table = results.Tables[c];
            for (int r = 0; r < table.Keys.Count; r++)
            {
                var (mean, halfWidth, count) = SweepResults.Summary(table, r);
                csv.WriteField(results.Study.Cells[c].Id);
                csv.WriteField(table.Keys[r].Group);
                csv.WriteField(table.Keys[r].Kpi);
                csv.WriteField(table.Keys[r].Unit);
                csv.WriteField(ComparisonCsv.Number(mean));
                csv.WriteField(ComparisonCsv.Number(halfWidth));
                csv.WriteField(count, "D", CultureInfo.InvariantCulture);
                csv.EndRecord();
            }
        }
    }
}
