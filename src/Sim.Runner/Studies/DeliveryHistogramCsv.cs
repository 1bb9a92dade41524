using System.Globalization;
using CsvHelper;
using Sim.Models.Kpis;
using Sim.Runner.Charts;

namespace Sim.Runner.Studies;

/// <summary>
/// Writes <c>delivery_time_histogram.csv</c>: for every order group with arrived orders, how many
/// arrived within each whole day after the order, pooled over all replications:
/// <c>group,days_from,days_to,orders,share,cumulative_share</c>, a bin (days_from, days_to]. Counts come
/// from the merged delivery-time histogram (0.1% buckets), so a bin edge falling inside a bucket
/// splits that bucket's orders evenly: counts may be fractional, and are exact to within the orders
/// of the two buckets at the bin's edges. Deterministic; stateless and thread-safe.
/// </summary>
internal static class DeliveryHistogramCsv
{
    /// <summary>The file name inside a result folder.</summary>
    public const string FileName = "delivery_time_histogram.csv";

    /// <summary>Writes the histogram of every group of <paramref name="summary"/> that has arrived orders.</summary>
    public static void Write(Stream stream, KpiSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        using var csv = CsvWriter.Create(stream, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" }, true);
        csv.WriteHeader(["group", "days_from", "days_to", "orders", "share", "cumulative_share"]);
        foreach (var group in summary.Pooled.Groups.Where(g => g.DeliveryDays.Count > 0))
        {
            var days = group.DeliveryDays;
            double previous = 0;
            int last = (int)Math.Ceiling(days.Max);
            for (int day = 0; day <= Math.Max(last, 1) - 1; day++)
            {
                double through = day + 1 >= days.Max ? days.Count : days.CountAtMost(day + 1);
                double orders = day == 0 ? through : through - previous;
                previous = through;
                csv.WriteField(group.Key.ToString());
                csv.WriteField(day, "D", CultureInfo.InvariantCulture);
                csv.WriteField(day + 1, "D", CultureInfo.InvariantCulture);
                csv.WriteField(ChartNumbers.Format(orders));
                csv.WriteField(ChartNumbers.Format(orders / days.Count));
                csv.WriteField(ChartNumbers.Format(through / days.Count));
                csv.EndRecord();
            }
        }
    }
}
