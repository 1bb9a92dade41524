using System.Globalization;
using Sim.Models.Kpis;
using Spectre.Console;

namespace Sim.Runner.Output;

/// <summary>
/// Console tables of the most-read KPIs, with the 95% half-width of the main ones (<c>17.7 ± 0.3</c>)
/// and a last row <c>all</c>; the CSV and JSON files hold every KPI of the same rows.
/// </summary>
internal static class KpiTables
{
    private static readonly Column[] ParcelColumns =
    [
        new("orders", "orders", "0", false),
        new("delivery_days_mean", "days mean", "0.0", true),
        new("delivery_days_p50", "P50", "0.0", false),
        new("delivery_days_p95", "P95", "0.0", false),
        new("on_time_rate", "on time", "0.0%", true),
        new("cost_per_parcel", "cost/parcel", "0.00", true),
        new("cost_duties_taxes_per_parcel", "duty+tax", "0.00", false),
        new("loss_rate", "lost", "0.00%", false),
        new("fully_tracked_share", "tracked", "0%", false),
        new("co2e_kg_per_parcel", "kg CO2e", "0.00", false),
    ];

    private static readonly Column[] WarehouseColumns =
    [
        new("demands", "demands", "0", false),
        new("fill_rate", "fill rate", "0.0%", true),
        new("stock_outs", "stock-outs", "0", false),
        new("average_stock", "avg stock", "0", false),
        new("holding_cost", "holding cost", "0", false),
        new("replenishments", "replenishments", "0", false),
    ];

    /// <summary>One row per group that names a mode (mode and market), then the row <c>all</c>.</summary>
    public static Table ByModeAndMarket(IReadOnlyList<KpiRow> rows, string currency, int replications)
    {
        var table = new Table().Title($"KPIs by mode and market (means over {replications} replications ± 95% half-width; money in {currency})");
        return Fill(table, rows, [GroupDimension.Mode, GroupDimension.Market], "all", ParcelColumns);
    }

    /// <summary>One row per warehouse and stock point, then the row <c>all</c> (the warehouses together).</summary>
    public static Table Warehouses(IReadOnlyList<KpiRow> rows) =>
        Fill(new Table().Title("Warehouses (means over replications ± 95% half-width)"), rows, [GroupDimension.Warehouse, GroupDimension.Product], ReportedRows.WarehouseTotal, WarehouseColumns);

    /// <summary>
    /// Adds one row per group whose key has the first of <paramref name="dimensions"/>, optionally
    /// followed by the second (<c>mode=express</c>, <c>mode=express;market=US</c>), and no other, with
    /// a column per dimension and per KPI; the group <paramref name="total"/> comes last, as <c>all</c>
    /// in every key column.
    /// </summary>
    private static Table Fill(Table table, IReadOnlyList<KpiRow> rows, GroupDimension[] dimensions, string total, Column[] columns)
    {
        foreach (var dimension in dimensions)
        {
            table.AddColumn(new TableColumn(dimension.ToString().ToLowerInvariant()).NoWrap());
        }

        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(column.Header).RightAligned().NoWrap());
        }

        var byGroup = rows.GroupBy(r => r.Group, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (string group in byGroup.Keys.Where(g => g != total))
        {
            var key = GroupKey.Parse(group);
            var present = key.Dimensions;
            if (present.Count == 0 || present.Count > dimensions.Length || !present.SequenceEqual(dimensions.Take(present.Count)))
            {
                continue;
            }

            var cells = dimensions.Select(d => key[d] is { } value ? Markup.Escape(value) : "all");
            table.AddRow(cells.Concat(Values(byGroup[group], columns)).ToArray());
        }

        if (byGroup.TryGetValue(total, out var totals))
        {
            table.AddRow(dimensions.Select(_ => "all").Concat(Values(totals, columns)).ToArray());
        }

        return table;
    }

    private static IEnumerable<string> Values(List<KpiRow> group, Column[] columns) => columns.Select(column =>
    {
        var row = group.Find(r => r.Kpi == column.Kpi);
        if (row is null || !double.IsFinite(row.Mean))
        {
            return "-";
        }

        var mean = row.Mean.ToString(column.Format, CultureInfo.InvariantCulture);
        return column.HalfWidth && double.IsFinite(row.HalfWidth)
            ? $"{mean} ± {row.HalfWidth.ToString(column.Format, CultureInfo.InvariantCulture)}"
            : mean;
    });

    private sealed record Column(string Kpi, string Header, string Format, bool HalfWidth);
}
