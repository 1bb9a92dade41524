using System.Globalization;
using CsvHelper;
using Sim.Models.Kpis;

namespace Sim.Runner.Output;

/// <summary>Writes KPI rows as CSV (CsvHelper, invariant culture, round-trip doubles, LF line ends), atomically.</summary>
internal static class KpiCsvWriter
{
    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/> with a header row.</summary>
    public static void Write(string path, IEnumerable<KpiRow> rows) =>
        AtomicFile.Write(path, stream =>
        {
            var options = new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" };
            using var csv = CsvWriter.Create(stream, options, true);
            csv.WriteHeader(["group", "kpi", "unit", "mean", "half_width_95", "replications"]);
            foreach (KpiRow row in rows)
            {
                csv.WriteField(row.Group);
                csv.WriteField(row.Kpi);
                csv.WriteField(row.Unit);
                csv.WriteField(row.Mean, "R", CultureInfo.InvariantCulture);
                csv.WriteField(row.HalfWidth, "R", CultureInfo.InvariantCulture);
                csv.WriteField(row.Replications, "D", CultureInfo.InvariantCulture);
                csv.EndRecord();
            }
        });
}
