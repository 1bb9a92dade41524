using System.Globalization;
using CsvHelper;

namespace Sim.Runner.Studies;

/// <summary>
/// Writes KPI comparisons as CSV: per KPI (and, for sweeps, per cell) the reference mean, the
/// other mean, the difference, the paired and unpaired 95% half-widths and the variance reduction.
/// Empty fields where a value is undefined; shortest round-trip numbers.
/// </summary>
internal static class ComparisonCsv
{
    /// <summary>The columns after the optional leading <c>cell</c> column.</summary>
    private static readonly string[] Columns =
    [
        "group", "kpi", "unit", "pairs", "mean_reference", "mean", "difference",
        "half_width_95_paired", "half_width_95_unpaired", "variance_reduction", "significant_95",
    ];

    /// <summary>Writes one block of rows per (cell, comparisons); <paramref name="withCell"/> adds the leading <c>cell</c> column.</summary>
    public static void Write(Stream stream, IEnumerable<(string Cell, IReadOnlyList<KpiComparison> Rows)> blocks, bool withCell)
    {
        var options = new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" };
        using var csv = CsvWriter.Create(stream, options, true);
        csv.WriteHeader(withCell ? ["cell", .. Columns] : Columns);
        foreach (var (cell, rows) in blocks)
        {
            foreach (var row in rows)
            {
                if (withCell)
                {
                    csv.WriteField(cell);
                }

                var d = row.Difference;
                csv.WriteField(row.Key.Group);
                csv.WriteField(row.Key.Kpi);
                csv.WriteField(row.Key.Unit);
                csv.WriteField(d.Pairs, "D", CultureInfo.InvariantCulture);
                foreach (double value in new[] { d.MeanA, d.MeanB, d.Difference, d.PairedHalfWidth, d.UnpairedHalfWidth, d.VarianceReduction })
                {
                    csv.WriteField(Number(value));
                }

                csv.WriteField(d.Pairs < 2 ? "" : d.Significant ? "true" : "false");
                csv.EndRecord();
            }
        }
    }

    /// <summary>A number in the shortest form that reads back exactly; empty when not finite.</summary>
    public static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";
}
