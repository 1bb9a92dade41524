using System.Globalization;
using Sim.Models.Kpis;
using Sim.Models.Scenarios;
using Spectre.Console;

namespace Sim.Runner.Output;

/// <summary>Console tables of the most-read KPIs; the CSV and JSON files hold all of them.</summary>
internal static class KpiTables
{
    private static readonly (string Kpi, string Header, string Format)[] ParcelColumns =
    [
        ("orders", "orders", "0"),
        ("delivery_days_mean", "days mean", "0.0"),
        ("delivery_days_p50", "P50", "0.0"),
        ("delivery_days_p95", "P95", "0.0"),
        ("on_time_rate", "on time", "0.0%"),
        ("cost_per_parcel", "cost/parcel", "0.00"),
        ("cost_duties_taxes_per_parcel", "duty+tax", "0.00"),
        ("loss_rate", "lost", "0.00%"),
        ("tracking_coverage", "tracked", "0%"),
        ("co2e_kg_per_parcel", "kg CO2e", "0.00"),
    ];

    private static readonly (string Kpi, string Header, string Format)[] WarehouseColumns =
    [
        ("demands", "demands", "0"),
        ("fill_rate", "fill rate", "0.0%"),
        ("stock_outs", "stock-outs", "0"),
        ("average_stock", "avg stock", "0"),
        ("holding_cost", "holding cost", "0"),
        ("replenishments", "replenishments", "0"),
    ];

    /// <summary>One row per group that names a mode (mode and market), columns as means over replications.</summary>
    public static Table ByModeAndMarket(Scenario scenario, KpiSummary summary)
    {
        string currency = scenario.Currency;
        var table = new Table().Title($"KPIs by mode and market (means over {summary.Replications} replications; money in {currency})");
        return Fill(table, summary, ["mode", "market"], ParcelColumns);
    }

    /// <summary>One row per warehouse.</summary>
    public static Table Warehouses(KpiSummary summary) =>
        Fill(new Table().Title("Warehouses (means over replications)"), summary, ["warehouse", "product"], WarehouseColumns);

    /// <summary>
    /// Adds one row per group whose keys are the first of <paramref name="keys"/> optionally followed by
    /// the second (groups look like <c>mode=express;market=US</c>), with a column per key and per KPI.
    /// </summary>
    private static Table Fill(Table table, KpiSummary summary, string[] keys, (string Kpi, string Header, string Format)[] columns)
    {
        foreach (string key in keys)
        {
            table.AddColumn(new TableColumn(key).NoWrap());
        }

        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(column.Header).RightAligned().NoWrap());
        }

        foreach (string group in summary.Rows.Select(r => r.Group).Distinct())
        {
            var parts = group.Split(';').Select(p => p.Split('=', 2)).ToArray();
            if (parts.Length > keys.Length || parts.Where((p, i) => p.Length != 2 || p[0] != keys[i]).Any())
            {
                continue;
            }

            var cells = keys.Select((_, i) => i < parts.Length ? Markup.Escape(parts[i][1]) : (i == 0 ? "" : "all")).ToList();
            foreach (var column in columns)
            {
                KpiRow? row = summary.Find(group, column.Kpi);
                cells.Add(row is null || double.IsNaN(row.Mean) ? "-" : row.Mean.ToString(column.Format, CultureInfo.InvariantCulture));
            }

            table.AddRow(cells.ToArray());
        }

        return table;
    }
}
