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
        new("tracking_coverage", "tracked", "0%", false),
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
        return Fill(table, rows, ["mode", "market"], "all", ParcelColumns);
    }

    /// <summary>One row per warehouse and stock point, then the row <c>all</c> (the warehouses together).</summary>
    public static Table Warehouses(IReadOnlyList<KpiRow> rows) =>
        Fill(new Table().Title("Warehouses (means over replications ± 95% half-width)"), rows, ["warehouse", "product"], ReportedRows.WarehouseTotal, WarehouseColumns);

    /// <summary>
    /// Adds one row per group whose keys are the first of <paramref name="keys"/> optionally followed by
    /// the second (groups look like <c>mode=express;market=US</c>), with a column per key and per KPI;
    /// the group <paramref name="total"/> comes last, as <c>all</c> in every key column.
    /// </summary>
    private static Table Fill(Table table, IReadOnlyList<KpiRow> rows, string[] keys, string total, Column[] columns)
    {
        foreach (string key in keys)
        {
            table.AddColumn(new TableColumn(key).NoWrap());
        }

        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(column.Header).RightAligned().NoWrap());
        }

        var byGroup = rows.GroupBy(r => r.Group, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (string group in byGroup.Keys.Where(g => g != total))
        {
            var parts = group.Split(';').Select(p => p.Split('=', 2)).ToArray();
            if (parts.Length > keys.Length || parts.Where((p, i) => p.Length != 2 || p[0] != keys[i]).Any())
            {
                continue;
            }

            var cells = keys.Select((_, i) => i < parts.Length ? Markup.Escape(parts[i][1]) : (i == 0 ? "" : "all"));
            table.AddRow(cells.Concat(Values(byGroup[group], columns)).ToArray());
        }

        if (byGroup.TryGetValue(total, out var totals))
        {
            table.AddRow(keys.Select(_ => "all").Concat(Values(totals, columns)).ToArray());
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
