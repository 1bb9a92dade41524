using System.Globalization;
using CsvHelper;
using Sim.Models.Kpis;

namespace Sim.Runner.Output;

/// <summary>
/// Writes KPI rows as CSV (CsvHelper, invariant culture, LF line ends): a header, then one row per
/// KPI with its mean and 95% half-width rounded by <see cref="KpiNumbers"/> (an empty cell for no data).
/// </summary>
internal static class KpiCsvWriter
{
    /// <summary>Writes <paramref name="rows"/> to <paramref name="stream"/> with a header row.</summary>
    public static void Write(Stream stream, IEnumerable<KpiRow> rows)
    {
        var options = new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" };
        using var csv = CsvWriter.Create(stream, options, true);
        csv.WriteHeader(["group", "kpi", "unit", "mean", "half_width_95", "replications"]);
        foreach (KpiRow row in rows)
        {
            csv.WriteField(row.Group);
            csv.WriteField(row.Kpi);
            csv.WriteField(row.Unit);
            csv.WriteField(KpiNumbers.Text(row.Mean));
            csv.WriteField(KpiNumbers.Text(row.HalfWidth));
            csv.WriteField(row.Replications, "D", CultureInfo.InvariantCulture);
            csv.EndRecord();
        }
    }
}
