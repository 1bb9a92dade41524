using System.Globalization;
using Sim.Models.Planning.NetworkDesign;
using Spectre.Console;

namespace Sim.Runner.Output;

/// <summary>
/// The console tables of <c>sim optimise</c>: per market and overall, the scenario as given (simulated)
/// beside the plan as planned and as simulated; then each service level's target, the target the plan
/// was required to reach, the scenario and the plan as simulated, the plan's expectation and the verdict. Stateless.
/// </summary>
internal static class PlanningTables
{
    /// <summary>The comparison table; simulated figures show their 95% half-width (<c>17.7 ± 0.3</c>).</summary>
    public static Table Comparison(IReadOnlyList<(string Group, SimulatedFigures? Scenario, PlannedFigures? Planned, SimulatedFigures? Simulated)> rows, string currency, int replications)
    {
        var table = new Table().Title($"Scenario as given and optimised plan (simulated: means over {replications} replications ± 95% half-width; money in {currency})");
        table.AddColumn(new TableColumn("market").NoWrap());
        foreach (var header in new[] { "cost given", "days given", "on time given", "cost planned", "days planned", "on time planned", "cost plan", "days plan", "on time plan" })
        {
            table.AddColumn(new TableColumn(header).RightAligned().NoWrap());
        }

        foreach (var (group, scenario, planned, simulated) in rows)
        {
            table.AddRow(
                Markup.Escape(group == "all" ? "all" : group.Replace("market=", "", StringComparison.Ordinal)),
                Value(scenario?.CostPerOrder, scenario?.CostHalfWidth, "0.00"),
                Value(scenario?.MeanDays, scenario?.MeanDaysHalfWidth, "0.0"),
                Value(scenario?.OnTime, scenario?.OnTimeHalfWidth, "0.0%"),
                Value(planned?.CostPerOrder, null, "0.00"),
                Value(planned?.MeanDays, null, "0.0"),
                Value(planned?.OnTimeProbability, null, "0.0%"),
                Value(simulated?.CostPerOrder, simulated?.CostHalfWidth, "0.00"),
                Value(simulated?.MeanDays, simulated?.MeanDaysHalfWidth, "0.0"),
                Value(simulated?.OnTime, simulated?.OnTimeHalfWidth, "0.0%"));
        }

        return table;
    }

    /// <summary>The service levels table, from the service-level lines of <c>comparison.csv</c>.</summary>
    public static Table ServiceLevels(IReadOnlyList<PlanningFigureRow> levels, int replications)
    {
        var table = new Table().Title($"Service levels (simulated: means over {replications} replications ± 95% half-width; met: the interval's worst end within 0.5 points of a share, 0.5% of mean days)");
        table.AddColumn(new TableColumn("group").NoWrap());
        table.AddColumn(new TableColumn("level").NoWrap());
        foreach (var header in new[] { "target", "required", "given", "planned", "plan" })
        {
            table.AddColumn(new TableColumn(header).RightAligned().NoWrap());
        }

        table.AddColumn(new TableColumn("verdict").NoWrap());
        foreach (var row in levels)
        {
            string format = row.Measure == "mean_days" ? "0.00" : "0.0%";
            table.AddRow(
                Markup.Escape(row.Group),
                Markup.Escape(row.Measure),
                Value(row.Target, null, format),
                Value(row.Required, null, format),
                Value(row.ScenarioMean, row.ScenarioHalfWidth, format),
                Value(row.Planned, null, format),
                Value(row.SimulatedMean, row.SimulatedHalfWidth, format),
                Markup.Escape(row.Verdict ?? ""));
        }

        return table;
    }

    private static string Value(double? mean, double? halfWidth, string format)
    {
        if (mean is not { } m || !double.IsFinite(m))
        {
            return "-";
        }

        var text = m.ToString(format, CultureInfo.InvariantCulture);
        return halfWidth is { } h && double.IsFinite(h) ? $"{text} ± {h.ToString(format, CultureInfo.InvariantCulture)}" : text;
    }
}
