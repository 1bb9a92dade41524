namespace Sim.Runner.Output;

/// <summary>
/// One line of <c>comparison.csv</c> or of a round in <c>rounds.csv</c>: a measure of a group of orders
/// (<c>all</c>, <c>market=US</c>, <c>market=US;product=electronics</c>) as planned and as simulated
/// (mean and 95% half-width over replications), and for a service level its target, the target the
/// plan was required to reach (tightened by the loop) and the verdict. NaN for a value there is none of;
/// null verdict for a measure that is not a service level. Immutable.
/// </summary>
/// <param name="Group">The KPI group's text form.</param>
/// <param name="Measure"><c>orders_per_day</c>, <c>cost_per_parcel</c>, <c>delivery_days_mean</c>, <c>on_time_rate</c>, or a service level's <c>share_within_D_days</c> or <c>mean_days</c>.</param>
/// <param name="Target">The service level's target; NaN for other measures.</param>
/// <param name="Required">What the plan was required to reach: the target, or the loop's tightened target; NaN for other measures.</param>
/// <param name="ScenarioMean">The scenario as given, simulated; NaN when not simulated.</param>
/// <param name="ScenarioHalfWidth">Its 95% half-width.</param>
/// <param name="Planned">The plan's expected value.</param>
/// <param name="SimulatedMean">The plan simulated.</param>
/// <param name="SimulatedHalfWidth">Its 95% half-width.</param>
/// <param name="Verdict"><c>met</c>, <c>short</c> (not met), <c>cannot</c> (not met, and no plan reaches the tightened target) or <c>not_measured</c>; null for other measures.</param>
internal sealed record PlanningFigureRow(
    string Group,
    string Measure,
    double Target,
    double Required,
    double ScenarioMean,
    double ScenarioHalfWidth,
    double Planned,
    double SimulatedMean,
    double SimulatedHalfWidth,
    string? Verdict);
