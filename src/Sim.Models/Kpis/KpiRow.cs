namespace Sim.Models.Kpis;

/// <summary>One KPI of one group, merged over replications.</summary>
/// <param name="Group">What the KPI is about: a <see cref="GroupKey"/>'s text form (for example <c>mode=express;market=US</c>, or <c>all</c>); <see cref="GroupKey.Parse"/> reads it.</param>
/// <param name="Kpi">The KPI's name in snake_case, for example <c>delivery_days_p90</c>.</param>
/// <param name="Unit">Its unit, for example <c>days</c>, <c>USD/parcel</c> or <c>share</c>.</param>
/// <param name="Mean">The mean over replications.</param>
/// <param name="HalfWidth">The half-width of the 95% Student-t confidence interval of the mean; NaN with fewer than two replications.</param>
/// <param name="Replications">The number of replications the mean is over.</param>
public sealed record KpiRow(string Group, string Kpi, string Unit, double Mean, double HalfWidth, int Replications);
