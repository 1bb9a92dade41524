using Sim.Runner.Studies;

namespace Sim.Runner.Report;

/// <summary>
/// The tables of a sweep's report: what each cell is (<c>cells.csv</c>), every KPI of all orders in
/// every cell with its 95% interval (<c>summary.csv</c>), and every KPI of all orders against the
/// reference cell with paired and unpaired intervals (<c>comparison.csv</c>). Stateless and thread-safe.
/// </summary>
internal static class SweepTables
{
    /// <summary>Writes the three tables from the sweep folder <paramref name="folder"/>.</summary>
    /// <exception cref="ResultFileException">A file is missing or malformed.</exception>
    public static void Write(HtmlBuilder html, string folder)
    {
        ArgumentNullException.ThrowIfNull(html);
        var (cellHeader, cells) = ResultCsv.ReadAll(Path.Combine(folder, "cells.csv"));
        html.Table("Cells: what each one changes", "cells", cellHeader, cells);

        // summary.csv: cell, group, kpi, unit, mean, half_width_95, replications.
        var (_, summary) = ResultCsv.ReadAll(Path.Combine(folder, "summary.csv"));
        var all = summary.Where(r => r[1] == "all").ToList();
        var kpis = all.Select(r => (Kpi: r[2], Unit: r[3])).Distinct().ToList();
        var means = all.ToDictionary(r => (r[0], r[2]), r => r[4].Length == 0 ? "-" : r[5].Length == 0 ? r[4] : $"{r[4]} ± {r[5]}");
        html.Table("All orders, every KPI per cell: mean ± 95% half-width", "summary", ["cell", .. kpis.Select(k => $"{k.Kpi} ({k.Unit})")],
            cells.Select(c => (IReadOnlyList<string>)[c[0], .. kpis.Select(k => means.TryGetValue((c[0], k.Kpi), out var v) ? v : "")]));

        // comparison.csv: cell, group, kpi, unit, pairs, mean_reference, mean, difference, paired, unpaired, reduction, significant.
        var (_, comparison) = ResultCsv.ReadAll(Path.Combine(folder, "comparison.csv"));
        var differences = comparison.Where(r => r[1] == "all").ToDictionary(r => (r[0], r[2]), r => r[7].Length == 0 ? "-" : r[8].Length == 0 ? r[7] : $"{r[7]} ± {r[8]} (unpaired ± {r[9]})");
        html.Table("All orders, every KPI per cell minus the reference cell: difference ± paired 95% half-width (common random numbers)", "comparison",
            ["cell", .. kpis.Select(k => $"{k.Kpi} ({k.Unit})")],
            cells.Where(c => c.Count > 2 && c[2] != "true").Select(c => (IReadOnlyList<string>)[c[0], .. kpis.Select(k => differences.TryGetValue((c[0], k.Kpi), out var v) ? v : "")]));
    }
}
