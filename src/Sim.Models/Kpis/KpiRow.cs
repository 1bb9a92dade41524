namespace Sim.Models.Kpis;

/// <summary>
/// One line of a merged result: a KPI of a group, its mean over replications and the half-width of
/// its 95% Student-t confidence interval. Immutable.
/// </summary>
/// <param name="Group">The group, e.g. <c>all</c>, <c>mode=express;market=US</c>, <c>warehouse=us-la-warehouse</c> or <c>line=postal/linehaul/US</c>.</param>
/// <param name="Kpi">The KPI name in snake_case, e.g. <c>delivery_days_p90</c>.</param>
/// <param name="Unit">Its unit, e.g. <c>days</c>, <c>USD/parcel</c>, <c>share</c>, <c>count</c>.</param>
/// <param name="Mean">The mean of the replications' values (those that are defined); NaN when none is.</param>
/// <param name="HalfWidth">Half-width of the 95% Student-t interval over replications; NaN when fewer than two replications define it.</param>
/// <param name="Replications">How many replications define the value (a group with no delivered order has no delivery time).</param>
public sealed record KpiRow(string Group, string Kpi, string Unit, double Mean, double HalfWidth, int Replications);
