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
        return Fill(table, summary, [GroupDimension.Mode, GroupDimension.Market], ParcelColumns);
    }

    /// <summary>One row per warehouse.</summary>
    public static Table Warehouses(KpiSummary summary) =>
        Fill(new Table().Title("Warehouses (means over replications)"), summary, [GroupDimension.Warehouse, GroupDimension.Product], WarehouseColumns);

    /// <summary>
    /// Adds one row per group whose key has the first of <paramref name="dimensions"/>, optionally
    /// followed by the second (<c>mode=express</c>, <c>mode=express;market=US</c>), and no other, with
    /// a column per dimension and per KPI.
    /// </summary>
    private static Table Fill(Table table, KpiSummary summary, GroupDimension[] dimensions, (string Kpi, string Header, string Format)[] columns)
    {
        foreach (var dimension in dimensions)
        {
            table.AddColumn(new TableColumn(dimension.ToString().ToLowerInvariant()).NoWrap());
        }

        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(column.Header).RightAligned().NoWrap());
        }

        foreach (string group in summary.Rows.Select(r => r.Group).Distinct())
        {
            var key = GroupKey.Parse(group);
            var present = key.Dimensions;
            if (present.Count == 0 || present.Count > dimensions.Length || !present.SequenceEqual(dimensions.Take(present.Count)))
            {
                continue;
            }

            var cells = dimensions.Select(d => key[d] is { } value ? Markup.Escape(value) : "all").ToList();
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
