using Sim.Models.Kpis;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// What the simulation measured for a group of orders (<c>all</c>, <c>market=US</c>,
/// <c>mode=owh;market=US</c>): orders per replication, cost per parcel, mean delivery days and on-time
/// rate, each a mean over replications with its 95% half-width (NaN with one replication). Immutable.
/// </summary>
/// <param name="Orders">Orders per replication.</param>
/// <param name="CostPerOrder">Cost per parcel, scenario currency.</param>
/// <param name="CostHalfWidth">Its 95% half-width.</param>
/// <param name="MeanDays">Mean days from order to delivery.</param>
/// <param name="MeanDaysHalfWidth">Its 95% half-width.</param>
/// <param name="OnTime">Share of orders delivered within their promise.</param>
/// <param name="OnTimeHalfWidth">Its 95% half-width.</param>
public sealed record SimulatedFigures(double Orders, double CostPerOrder, double CostHalfWidth, double MeanDays, double MeanDaysHalfWidth, double OnTime, double OnTimeHalfWidth)
{
    /// <summary>The figures of <paramref name="group"/> in <paramref name="summary"/>, or null when the group had no orders.</summary>
    /// <param name="summary">The merged KPIs.</param>
    /// <param name="group">A group key's text form.</param>
    public static SimulatedFigures? From(KpiSummary summary, string group)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var orders = summary.Find(group, "orders");
        if (orders is null || !(orders.Mean > 0))
        {
            return null;
        }

        KpiRow Row(string kpi) => summary.Find(group, kpi) ?? new KpiRow(group, kpi, "", double.NaN, double.NaN, 0);
        var cost = Row("cost_per_parcel");
        var days = Row("delivery_days_mean");
        var onTime = Row("on_time_rate");
        return new SimulatedFigures(orders.Mean, cost.Mean, cost.HalfWidth, days.Mean, days.HalfWidth, onTime.Mean, onTime.HalfWidth);
    }
}
