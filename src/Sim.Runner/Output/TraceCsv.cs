using System.Globalization;
using CsvHelper;
using Sim.Models.Kpis;

namespace Sim.Runner.Output;

/// <summary>
/// Writes <c>trace.csv</c> (<c>sim run --trace-sample RATE</c>): one line per sampled order, replications
/// in order and orders in the order they were placed, with the hours from the order to each milestone's
/// scan and to the scan becoming visible (empty for a milestone not scanned). Numbers round-trip
/// exactly; no timestamps, so the same inputs give the same file.
/// </summary>
internal static class TraceCsv
{
    /// <summary>The file name inside a result folder.</summary>
    public const string FileName = "trace.csv";

    private static readonly string[] Milestones = ["handover", "export", "arrival", "import_release", "out_for_delivery", "delivered"];

    /// <summary>Writes the sampled orders of <paramref name="replications"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IEnumerable<ReplicationKpis> replications)
    {
        var options = new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" };
        using var csv = CsvWriter.Create(stream, options, true);
        csv.WriteHeader(["replication", "order", "mode", "market", "product_class", "ordered_day", "measured", "outcome", "end_hours",
            .. Milestones.Select(m => m + "_hours"), .. Milestones.Select(m => m + "_visible_hours")]);
        foreach (var row in replications.SelectMany(r => r.Trace))
        {
            csv.WriteField(row.Replication, "D", CultureInfo.InvariantCulture);
            csv.WriteField(row.Order, "D", CultureInfo.InvariantCulture);
            csv.WriteField(row.Mode);
            csv.WriteField(row.Market);
            csv.WriteField(row.ProductClass);
            Number(csv, row.OrderedDays);
            csv.WriteField(row.Measured ? "true" : "false");
            csv.WriteField(row.Outcome);
            Number(csv, row.EndHours);
            foreach (double hours in row.ScanHours.Concat(row.VisibleHours))
            {
                Number(csv, hours);
            }

            csv.EndRecord();
        }
    }

    private static void Number(CsvWriter csv, double value) => csv.WriteField(double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "");
}
