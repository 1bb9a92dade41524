using System.Globalization;
using Sim.Models.Planning.NetworkDesign;
using Spectre.Console;

namespace Sim.Runner.Output;

/// <summary>The console table of <c>sim optimise</c>: per market and overall, the scenario as given (simulated) beside the plan as planned and as simulated. Stateless.</summary>
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
