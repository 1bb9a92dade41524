using System.Globalization;
using CsvHelper;

namespace Sim.Models.Planning.Plans;

/// <summary>
/// Writes a plan's lane shares flat, one row per route of a lane, for spreadsheets (<c>plan.csv</c>):
/// <c>origin,market,product_class,segment,mode,warehouse,share</c>, with segment <c>all</c>, <c>b2c</c>
/// or <c>b2b</c>, warehouse empty for direct modes, and shares in their shortest round-trip form.
/// Rows follow the plan's order. Stateless and thread-safe.
/// </summary>
public static class PlanCsvWriter
{
    /// <summary>The header row's column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["origin", "market", "product_class", "segment", "mode", "warehouse", "share"];

    /// <summary>Writes the lane shares of <paramref name="plan"/> to <paramref name="writer"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="writer">Where the CSV goes; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Plan plan, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(writer);
        var options = new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" };
        using var csv = CsvWriter.Create(writer, options, true);
        csv.WriteHeader(Columns.ToArray());
        foreach (var lane in plan.Lanes)
        {
            var segment = lane.Segment switch
            {
                OrderSegment.B2c => "b2c",
                OrderSegment.B2b => "b2b",
                _ => "all",
            };
            foreach (var share in lane.Shares)
            {
                csv.WriteField(lane.Origin);
                csv.WriteField(lane.Market);
                csv.WriteField(lane.ProductClass);
                csv.WriteField(segment);
                csv.WriteField(share.Mode);
                csv.WriteField(share.Warehouse ?? "");
                csv.WriteField(share.Share, "R", CultureInfo.InvariantCulture);
                csv.EndRecord();
            }
        }
    }
}
