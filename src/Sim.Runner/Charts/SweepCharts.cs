using System.Globalization;
using Sim.Runner.Studies;

namespace Sim.Runner.Charts;

/// <summary>
/// The charts of a sweep: each charted KPI (of all orders) against each factor of the grid, its
/// mean with the 95% interval, one line per combination of the other factors' levels; for a study
/// of named cells, each KPI per cell. Stateless and thread-safe.
/// </summary>
internal static class SweepCharts
{
    /// <summary>The charts of <paramref name="results"/>.</summary>
    public static IReadOnlyList<ChartSpec> Build(SweepResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var study = results.Study;
        var charts = new List<ChartSpec>();
        foreach (string kpi in study.ChartKpis)
        {
            int row = results.Tables[0].IndexOf("all", kpi);
            if (row < 0)
            {
                continue;
            }

            string unit = results.Tables[0].Keys[row].Unit;
            if (study.Factors.Count == 0)
            {
                charts.Add(PerCell(results, kpi, unit));
            }
            else
            {
                charts.AddRange(study.Factors.Select((_, f) => AgainstFactor(results, kpi, unit, f)));
            }
        }

        return charts;
    }

    private static (double Mean, double Lower, double Upper) Interval(SweepResults results, int cell, string kpi)
    {
        var table = results.Tables[cell];
        int row = table.IndexOf("all", kpi);
        if (row < 0)
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        var (mean, half, _) = SweepResults.Summary(table, row);
        half = double.IsFinite(half) ? half : 0;
        return (mean, mean - half, mean + half);
    }

    private static ChartSpec AgainstFactor(SweepResults results, string kpi, string unit, int f)
    {
        var study = results.Study;
        var factor = study.Factors[f];
        // One series per combination of the other factors' levels, in the order the cells come.
        var series = study.Cells.Select(c => Series(study, c, f)).Distinct().ToList();
        var rows = new List<IReadOnlyList<string>>();
        for (int level = 0; level < factor.Levels.Count; level++)
        {
            var row = new List<string> { factor.Levels[level].Label };
            foreach (string name in series)
            {
                var cell = study.Cells.First(c => c.Levels[f] == level && Series(study, c, f) == name);
                var (mean, lower, upper) = Interval(results, cell.Index, kpi);
                row.AddRange([ChartNumbers.Format(mean), ChartNumbers.Format(lower), ChartNumbers.Format(upper)]);
            }

            rows.Add(row);
        }

        string x = factor.IsNumeric ? "1" : "0";
        string xtic = factor.IsNumeric ? "" : ":xtic(1)";
        string plot = string.Create(CultureInfo.InvariantCulture,
            $"plot for [s=0:{series.Count - 1}] data using {x}:(column(2+3*s)):(column(3+3*s)):(column(4+3*s)){xtic} with yerrorlines lw 2 pt 7 title columnhead(2+3*s)");
        return new ChartSpec
        {
            Name = ChartNumbers.FileSafe($"{kpi}_vs_{factor.Name}"),
            Title = $"{kpi} of all orders against {factor.Name}: mean and 95% interval over {results.Tables[0].Replications} replications",
            XLabel = factor.Path is null ? factor.Name : $"{factor.Name} ({factor.Path})",
            YLabel = $"{kpi} ({unit})",
            Columns = [factor.Name, .. series.SelectMany(s => new[] { s, $"{s} lower_95", $"{s} upper_95" })],
            Rows = rows,
            Settings = ["set key outside right top", factor.IsNumeric ? "set offsets graph 0.05, graph 0.05, 0, 0" : "set offsets 0.5, 0.5, 0, 0"],
            Plot = plot,
        };
    }

    private static string Series(StudyDefinition study, StudyCell cell, int factor)
    {
        var others = study.Factors.Select((f, i) => (f, i)).Where(p => p.i != factor).Select(p => $"{p.f.Name}={p.f.Levels[cell.Levels[p.i]].Label}").ToList();
        return others.Count == 0 ? "all cells" : string.Join(" ", others);
    }

    private static ChartSpec PerCell(SweepResults results, string kpi, string unit)
    {
        var study = results.Study;
        var rows = study.Cells.Select(c =>
        {
            var (mean, lower, upper) = Interval(results, c.Index, kpi);
            return (IReadOnlyList<string>)[c.Id, ChartNumbers.Format(mean), ChartNumbers.Format(lower), ChartNumbers.Format(upper)];
        }).ToList();
        return new ChartSpec
        {
            Name = ChartNumbers.FileSafe($"{kpi}_by_cell"),
            Title = $"{kpi} of all orders by cell: mean and 95% interval over {results.Tables[0].Replications} replications",
            XLabel = "cell",
            YLabel = $"{kpi} ({unit})",
            Columns = ["cell", "mean", "lower_95", "upper_95"],
            Rows = rows,
            Settings = ["set offsets 0.5, 0.5, 0, 0", "set xtics rotate by -30 scale 0", "set key top right"],
            Plot = "plot data using 0:2:3:4:xtic(1) with yerrorbars lw 2 pt 7 title 'mean and 95% interval'",
        };
    }
}
