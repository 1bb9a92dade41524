using System.Globalization;
using CsvHelper;
using Sim.Models.Planning.NetworkDesign;

namespace Sim.Runner.Output;

/// <summary>
/// Writes the tables of <c>sim optimise</c> as CSV (CsvHelper, invariant culture, LF line ends,
/// numbers rounded by <see cref="KpiNumbers"/>, an empty cell for no data): the comparison of the
/// scenario as given with the plan, the stock levels, the cost-delay frontier and the loop's rounds.
/// Column names say the source (<c>scenario</c>, <c>planned</c>, <c>simulated</c>) and end in
/// <c>_half_width</c> for a 95% half-width over replications; the comparison and the rounds are long
/// tables, a line per (group, measure) (see <see cref="PlanningFigureRow"/>). Stateless and thread-safe.
/// </summary>
internal static class PlanningCsv
{
    private static readonly string[] Figures = ["cost_per_parcel", "delivery_days_mean", "on_time_rate"];

    /// <summary><c>comparison.csv</c>: per group (<c>all</c>, then each market) and measure, the scenario as simulated, the plan as planned and as simulated; then each service level.</summary>
    public static void WriteComparison(Stream stream, IReadOnlyList<PlanningFigureRow> rows)
    {
        Write(stream, ["group", "measure", "target", "required", "scenario", "scenario_half_width", "planned", "simulated", "simulated_half_width", "verdict"], rows, (csv, row) =>
        {
            csv.WriteField(row.Group);
            csv.WriteField(row.Measure);
            Number(csv, row.Target);
            Number(csv, row.Required);
            Number(csv, row.ScenarioMean);
            Number(csv, row.ScenarioHalfWidth);
            Number(csv, row.Planned);
            Number(csv, row.SimulatedMean);
            Number(csv, row.SimulatedHalfWidth);
            csv.WriteField(row.Verdict ?? "");
        });
    }

    /// <summary><c>stock.csv</c>: per stocked (warehouse, class), the levels, what they were set from, and the simulated fill rate.</summary>
    public static void WriteStock(Stream stream, IReadOnlyList<(StockLevelPlan Level, double FillRate, double HalfWidth)> rows)
    {
        string[] header = ["warehouse", "product_class", "kind", "reorder_point", "order_up_to", "review_period_days", "units_per_day", "lead_time_days", "order_cost",
            "holding_cost", "shortage_cost", "pack_size", "critical_ratio", "simulated_fill_rate", "simulated_fill_rate_half_width"];
        Write(stream, header, rows, (csv, row) =>
        {
            var (level, fill, half) = row;
            csv.WriteField(level.Warehouse);
            csv.WriteField(level.Policy.ProductClass);
            csv.WriteField(level.Policy.Kind == Sim.Models.Inventory.StockPolicyKind.MinMax ? "min_max" : "base_stock");
            Number(csv, level.Policy.ReorderPoint);
            Number(csv, level.Policy.OrderUpTo);
            Number(csv, level.Policy.ReviewPeriodDays);
            Number(csv, level.UnitsPerDay);
            Number(csv, level.LeadTimeDays);
            Number(csv, level.OrderCost);
            Number(csv, level.HoldingCost);
            Number(csv, level.ShortageCost);
            Number(csv, level.PackSize);
            Number(csv, level.CriticalRatio);
            Number(csv, fill);
            Number(csv, half);
        });
    }

    /// <summary><c>frontier.csv</c>: one row per plan, cheapest first, with its bound, planned and simulated figures.</summary>
    public static void WriteFrontier(Stream stream, IReadOnlyList<(FrontierPoint Point, string PlanFile, SimulatedFigures? Simulated)> rows)
    {
        Write(stream, ["plan", "plan_file", "max_mean_days", .. Figures.Select(f => "planned_" + f), .. Simulated("simulated")], rows, (csv, row) =>
        {
            csv.WriteField((row.Point.Index + 1).ToString(CultureInfo.InvariantCulture));
            csv.WriteField(row.PlanFile);
            Number(csv, row.Point.MaxMeanDays);
            WritePlanned(csv, row.Point.Solution.Overall);
            WriteSimulated(csv, row.Simulated);
        });
    }

    /// <summary><c>rounds.csv</c>: per round of the loop, what changed and the solve, then a line per group and measure (planned against simulated cost and days per market, each service level's target, required target and simulated value).</summary>
    public static void WriteRounds(Stream stream, IReadOnlyList<(LoopRound Round, IReadOnlyList<PlanningFigureRow> Rows)> rounds)
    {
        string[] header = ["round", "changes", "what_changed", "status", "objective", "gap", "group", "measure", "target", "required", "planned", "simulated", "simulated_half_width", "verdict"];
        Write(stream, header, rounds.SelectMany(r => r.Rows.Select(row => (r.Round, Row: row))), (csv, line) =>
        {
            var round = line.Round;
            csv.WriteField(round.Round.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(round.Changes.Count.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(string.Join("; ", round.Changes));
            csv.WriteField(round.Solution.Status.ToString());
            Number(csv, round.Solution.Result.Objective);
            Number(csv, Gap(round.Solution.Gap));
            csv.WriteField(line.Row.Group);
            csv.WriteField(line.Row.Measure);
            Number(csv, line.Row.Target);
            Number(csv, line.Row.Required);
            Number(csv, line.Row.Planned);
            Number(csv, line.Row.SimulatedMean);
            Number(csv, line.Row.SimulatedHalfWidth);
            csv.WriteField(line.Row.Verdict ?? "");
        });
    }

    /// <summary>A gap below 1e-9 is rounding in the solver: written as 0.</summary>
    public static double Gap(double gap) => Math.Abs(gap) < 1e-9 ? 0 : gap;

    private static string[] Simulated(string prefix) =>
        [.. Figures.SelectMany(f => new[] { $"{prefix}_{f}", $"{prefix}_{f}_half_width" })];

    private static void WritePlanned(CsvWriter csv, PlannedFigures figures)
    {
        Number(csv, figures.CostPerOrder);
        Number(csv, figures.MeanDays);
        Number(csv, figures.OnTimeProbability);
    }

    private static void WriteSimulated(CsvWriter csv, SimulatedFigures? figures)
    {
        Number(csv, figures?.CostPerOrder);
        Number(csv, figures?.CostHalfWidth);
        Number(csv, figures?.MeanDays);
        Number(csv, figures?.MeanDaysHalfWidth);
        Number(csv, figures?.OnTime);
        Number(csv, figures?.OnTimeHalfWidth);
    }

    private static void Number(CsvWriter csv, double? value) => csv.WriteField(value is { } v ? KpiNumbers.Text(v) : "");

    private static void Write<T>(Stream stream, string[] header, IEnumerable<T> rows, Action<CsvWriter, T> write)
    {
        var options = new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" };
        using var csv = CsvWriter.Create(stream, options, true);
        csv.WriteHeader(header);
        foreach (var row in rows)
        {
            write(csv, row);
            csv.EndRecord();
        }
    }
}
