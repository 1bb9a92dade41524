using Sim.Models.Kpis;
using Sim.Models.Planning.NetworkDesign;

namespace Sim.Runner.Output;

/// <summary>
/// Builds the lines of <c>comparison.csv</c> and <c>rounds.csv</c>: per group (<c>all</c>, then each
/// market the plan serves) the planned orders per day and the planned against simulated cost per
/// parcel, mean days and on-time rate; then each service target. Stateless.
/// </summary>
internal static class PlanningFigureRows
{
    private static readonly (string Kpi, Func<PlannedFigures, double> Planned)[] Figures =
    [
        ("cost_per_parcel", f => f.CostPerOrder),
        ("delivery_days_mean", f => f.MeanDays),
        ("on_time_rate", f => f.OnTimeProbability),
    ];

    /// <summary>The group lines of <paramref name="solution"/>, with the plan simulated and, when given, the scenario as given simulated.</summary>
    public static IEnumerable<PlanningFigureRow> Groups(NetworkDesignSolution solution, IReadOnlyList<string> markets, KpiSummary simulated, KpiSummary? scenario)
    {
        var groups = new List<(string Group, PlannedFigures Planned)> { ("all", solution.Overall) };
        groups.AddRange(markets.Where(solution.Markets.ContainsKey).Select(m => ("market=" + m, solution.Markets[m])));
        foreach (var (group, planned) in groups)
        {
            yield return new PlanningFigureRow(group, "orders_per_day", double.NaN, double.NaN, double.NaN, double.NaN, planned.OrdersPerDay, double.NaN, double.NaN, null);
            foreach (var (kpi, figure) in Figures)
            {
                var given = scenario?.Find(group, kpi);
                var plan = simulated.Find(group, kpi);
                yield return new PlanningFigureRow(group, kpi, double.NaN, double.NaN, given?.Mean ?? double.NaN, given?.HalfWidth ?? double.NaN, figure(planned),
                    plan?.Mean ?? double.NaN, plan?.HalfWidth ?? double.NaN, null);
            }
        }
    }

    /// <summary>The service target lines; <paramref name="cannot"/> marks the unmet ones as beyond any plan.</summary>
    public static IEnumerable<PlanningFigureRow> Levels(IReadOnlyList<ServiceLevelCheck> levels, IReadOnlyList<ReplicationKpis>? scenario, bool cannot)
    {
        foreach (var level in levels)
        {
            var target = level.Target;
            var (given, givenHalfWidth) = scenario is null ? (double.NaN, double.NaN) : ServiceLevelCheck.Measure(target, scenario);
            string verdict = !level.Measured ? "not_measured" : level.Met ? "met" : cannot ? "cannot" : "short";
            yield return new PlanningFigureRow(target.Group.ToString(), target.Name, target.Target, target.Required, given, givenHalfWidth, level.Planned,
                level.Simulated, level.HalfWidth, verdict);
        }
    }
}
