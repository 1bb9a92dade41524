namespace Sim.Runner.Report;

/// <summary>
/// The KPI tables of a run's report: every row of <c>kpis.csv</c>, pivoted into one table per kind
/// of group (all orders, by mode, by market, by mode and market, warehouses, stock points, servers,
/// departure lines, ...), a row per group and a column per KPI, each cell the mean ± its 95%
/// half-width. Stateless and thread-safe.
/// </summary>
internal static class RunTables
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["all"] = "All orders",
        ["mode"] = "Orders by mode",
        ["market"] = "Orders by market",
        ["mode;market"] = "Orders by mode and market",
        ["warehouse"] = "Warehouses",
        ["warehouse;product"] = "Stock points (warehouse and product class)",
        ["servers"] = "Servers",
        ["line"] = "Departure lines",
        ["quota"] = "Daily quotas",
        ["customs"] = "Customs points",
    };

    /// <summary>Writes one table per kind of group, in the order the kinds first appear.</summary>
    public static void Write(HtmlBuilder html, IReadOnlyList<KpiFile> rows, int replications)
    {
        ArgumentNullException.ThrowIfNull(html);
        foreach (var kind in rows.GroupBy(r => Kind(r.Group)))
        {
            var kpis = kind.Select(r => (r.Kpi, r.Unit)).Distinct().ToList();
            var cells = kind.ToDictionary(r => (r.Group, r.Kpi), r => r.Display);
            var body = kind.Select(r => r.Group).Distinct().Select(group =>
                (IReadOnlyList<string>)[Label(group), .. kpis.Select(k => cells.TryGetValue((group, k.Kpi), out var v) ? v : "")]);
            string title = Titles.TryGetValue(kind.Key, out var t) ? t : kind.Key.Replace(';', ' ');
            html.Table($"{title}: mean ± 95% half-width over {replications} replications", kind.Key, [kind.Key.Replace(';', '/'), .. kpis.Select(k => $"{k.Kpi} ({k.Unit})")], body);
        }
    }

    /// <summary>The kind of a group: its dimensions, <c>mode;market</c> for <c>mode=express;market=US</c>.</summary>
    public static string Kind(string group) => group == "all" ? "all" : string.Join(';', group.Split(';').Select(p => p.Split('=')[0]));

    private static string Label(string group) => group == "all" ? "all" : string.Join(" / ", group.Split(';').Select(p => p.Split('=', 2)[^1]));
}
