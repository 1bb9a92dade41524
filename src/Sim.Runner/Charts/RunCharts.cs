using System.Globalization;
using Sim.Models.Kpis;

namespace Sim.Runner.Charts;

/// <summary>
/// The charts of one run (a <c>sim run</c> or a sweep cell): delivery-time CDF by mode, cost per
/// parcel by mode and market in stacked components, and utilisation per resource. A chart with no
/// data (no warehouses, no measured resources) is left out. Stateless and thread-safe.
/// </summary>
internal static class RunCharts
{
    private static readonly (string Kpi, string Label)[] CostComponents =
    [
        ("cost_transport_per_parcel", "transport"),
        ("cost_handling_per_parcel", "handling"),
        ("cost_duties_taxes_per_parcel", "duties and taxes"),
        ("cost_warehousing_per_parcel", "warehousing"),
        ("cost_returns_per_parcel", "returns"),
    ];

    /// <summary>The charts of a run from its merged KPIs and reported rows.</summary>
    /// <param name="summary">The merged KPIs (for the pooled delivery-time distributions).</param>
    /// <param name="rows">The reported KPI rows.</param>
    /// <param name="currency">The scenario's currency code.</param>
    public static IReadOnlyList<ChartSpec> Build(KpiSummary summary, IReadOnlyList<KpiRow> rows, string currency)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(rows);
        return new[] { DeliveryCdf(summary), CostBreakdown(rows, currency, summary.Replications), Utilisation(rows, summary.Replications) }
            .OfType<ChartSpec>().ToList();
    }

    private static ChartSpec? DeliveryCdf(KpiSummary summary)
    {
        var modes = summary.Pooled.Groups
            .Where(g => g.Key.Dimensions is [GroupDimension.Mode] && g.DeliveryDays.Count > 0)
            .ToList();
        if (modes.Count == 0)
        {
            return null;
        }

        // Up to the 99.5th percentile, so that one stray parcel does not set the scale.
        var rows = Enumerable.Range(0, 200).Select(i =>
        {
            double p = i / 200.0;
            return (IReadOnlyList<string>)[ChartNumbers.Format(p), .. modes.Select(m => ChartNumbers.Format(m.DeliveryDays.Quantile(p)))];
        }).ToList();
        return new ChartSpec
        {
            Name = "delivery_time_cdf_by_mode",
            Title = $"Delivery time by mode: share of arrived orders delivered within x days (all {summary.Replications} replications pooled)",
            XLabel = "delivery time (days from order)",
            YLabel = "share of arrived orders",
            Columns = ["share", .. modes.Select(m => m.Key.Mode!)],
            Rows = rows,
            Settings = ["set key bottom right title 'mode'", "set yrange [0:1]", "set xrange [0:*]"],
            Plot = string.Create(CultureInfo.InvariantCulture, $"plot for [i=2:{modes.Count + 1}] data using i:1 with lines lw 2 title columnhead(i)"),
        };
    }

    private static ChartSpec? CostBreakdown(IReadOnlyList<KpiRow> rows, string currency, int replications)
    {
        var groups = rows.Where(r => r.Kpi == "orders" && r.Group.StartsWith("mode=", StringComparison.Ordinal) && r.Group.Contains(";market=", StringComparison.Ordinal))
            .Select(r => r.Group).ToList();
        if (groups.Count == 0)
        {
            return null;
        }

        var byKey = rows.ToDictionary(r => (r.Group, r.Kpi));
        var data = groups.Select(g => (IReadOnlyList<string>)[
            g.Replace("mode=", "", StringComparison.Ordinal).Replace(";market=", "/", StringComparison.Ordinal),
            .. CostComponents.Select(c => ChartNumbers.Format(byKey.TryGetValue((g, c.Kpi), out var row) ? row.Mean : double.NaN))]).ToList();
        return new ChartSpec
        {
            Name = "cost_per_parcel_by_mode_and_market",
            Title = $"Cost per parcel by mode and market, by component (means over {replications} replications)",
            XLabel = "mode/market",
            YLabel = $"cost per parcel ({currency})",
            Columns = ["mode/market", .. CostComponents.Select(c => c.Label)],
            Rows = data,
            Settings = ["set style data histogram", "set style histogram rowstacked", "set style fill solid 0.85 border -1", "set boxwidth 0.75",
                "set xtics rotate by -45 scale 0", "set key outside right top title 'component'", "set yrange [0:*]"],
            Plot = string.Create(CultureInfo.InvariantCulture, $"plot for [i=2:{CostComponents.Length + 1}] data using i:xtic(1) title columnhead(i)"),
            Width = Math.Max(960, 40 * groups.Count + 300),
        };
    }

    private static ChartSpec? Utilisation(IReadOnlyList<KpiRow> rows, int replications)
    {
        var measured = rows.Where(r => r.Kpi is "utilisation" or "load_factor" && double.IsFinite(r.Mean)).ToList();
        if (measured.Count == 0)
        {
            return null;
        }

        var data = measured.Select(r =>
        {
            double half = double.IsFinite(r.HalfWidth) ? r.HalfWidth : 0;
            return (IReadOnlyList<string>)[r.Group, r.Kpi, ChartNumbers.Format(r.Mean), ChartNumbers.Format(r.Mean - half), ChartNumbers.Format(r.Mean + half)];
        }).ToList();
        // Horizontal bars: resource names are long and there are many of them.
        return new ChartSpec
        {
            Name = "utilisation_by_resource",
            Title = $"Utilisation per resource: busy servers, or capacity used per departure (mean over {replications} replications, 95% interval)",
            XLabel = "share of capacity in use",
            YLabel = "resource",
            Columns = ["resource", "measure", "mean", "lower_95", "upper_95"],
            Rows = data,
            Settings = ["set style fill solid 0.6 border -1", "set xrange [0:*]", string.Create(CultureInfo.InvariantCulture, $"set yrange [{measured.Count - 0.4}:-0.6]"),
                "set ytics scale 0", "set grid xtics ytics lc rgb '#dddddd'", "set key outside top right"],
            Plot = "plot data using 3:0:(0):3:($0-0.35):($0+0.35):ytic(1) with boxxyerror title 'mean', '' using 3:0:4:5 with xerrorbars lc rgb 'black' pt 0 title '95% interval'",
            Width = 1100,
            Height = Math.Max(400, (22 * measured.Count) + 160),
        };
    }
}
