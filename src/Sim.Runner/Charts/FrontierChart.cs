using Sim.Runner.Studies;

namespace Sim.Runner.Charts;

/// <summary>
/// The cost-delay frontier chart, drawn when a result folder holds <c>frontier.csv</c> (written by
/// the planner's <c>--pareto</c>): each plan's planned point and its simulated point with 95%
/// intervals on both axes. Columns are found by name so the planner may add others: <c>plan</c>,
/// <c>planned_cost…</c>, <c>planned_delay…</c> or <c>planned_delivery…</c>, <c>simulated_cost…</c>,
/// <c>simulated_delay…</c> or <c>simulated_delivery…</c>, and for the simulated ones a column of the
/// same start containing <c>half_width</c>. Stateless and thread-safe.
/// </summary>
internal static class FrontierChart
{
    /// <summary>The file a result folder holds its frontier in.</summary>
    public const string FileName = "frontier.csv";

    /// <summary>The chart of <paramref name="path"/>, or null with the reason when its columns cannot be found.</summary>
    /// <exception cref="ResultFileException">The file cannot be read as CSV.</exception>
    public static ChartSpec? TryBuild(string path, out string problem)
    {
        var (header, rows) = ResultCsv.ReadAll(path);
        int Find(string start, bool halfWidth) => header.ToList().FindIndex(h =>
            h.StartsWith(start, StringComparison.Ordinal) && h.Contains("half_width", StringComparison.Ordinal) == halfWidth);
        int Either(string a, string b, bool halfWidth) => Find(a, halfWidth) >= 0 ? Find(a, halfWidth) : Find(b, halfWidth);
        int[] columns =
        [
            header.ToList().IndexOf("plan"),
            Either("planned_delay", "planned_delivery", false), Find("planned_cost", false),
            Either("simulated_delay", "simulated_delivery", false), Either("simulated_delay", "simulated_delivery", true),
            Find("simulated_cost", false), Find("simulated_cost", true),
        ];
        if (columns.Any(c => c < 0) || rows.Count == 0)
        {
            problem = $"{path} needs the columns plan, planned_cost, planned_delay (or planned_delivery_days), simulated_cost, simulated_delay and their half_width columns, and at least one row; its header is {string.Join(",", header)}";
            return null;
        }

        problem = "";
        var data = rows.Select(r =>
        {
            double Number(int c) => double.TryParse(r[columns[c]], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double v) ? v : double.NaN;
            double delayHalf = double.IsFinite(Number(4)) ? Number(4) : 0;
            double costHalf = double.IsFinite(Number(6)) ? Number(6) : 0;
            return (IReadOnlyList<string>)[r[columns[0]], ChartNumbers.Format(Number(1)), ChartNumbers.Format(Number(2)),
                ChartNumbers.Format(Number(3)), ChartNumbers.Format(Number(3) - delayHalf), ChartNumbers.Format(Number(3) + delayHalf),
                ChartNumbers.Format(Number(5)), ChartNumbers.Format(Number(5) - costHalf), ChartNumbers.Format(Number(5) + costHalf)];
        }).ToList();
        return new ChartSpec
        {
            Name = "cost_delay_frontier",
            Title = $"Cost-delay frontier: {rows.Count} plans as planned and as simulated (95% intervals)",
            XLabel = $"mean delivery time (days; {header[columns[3]]})",
            YLabel = $"cost ({header[columns[5]]})",
            Columns = ["plan", "planned_delay", "planned_cost", "simulated_delay", "simulated_delay_lower_95", "simulated_delay_upper_95", "simulated_cost", "simulated_cost_lower_95", "simulated_cost_upper_95"],
            Rows = data,
            Settings = ["set key top right", "set offsets graph 0.05, graph 0.05, graph 0.05, graph 0.05"],
            Plot = "plot data using 2:3 with linespoints lw 2 pt 6 title 'planned', '' using 4:7:5:6:8:9 with xyerrorbars lw 1.5 pt 7 title 'simulated (95% intervals)', '' using 4:7:1 with labels offset 1,1 notitle",
        };
    }
}
