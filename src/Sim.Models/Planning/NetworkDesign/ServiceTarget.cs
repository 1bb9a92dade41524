using System.Globalization;
using Sim.Models.Kpis;
using Sim.Models.Scenarios;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// One target of a scenario's service level as the MIP enforces it: over the orders of a market (or of
/// one class in it), Σ orders × value per order ≥ <see cref="Required"/> × orders for a share, ≤ for
/// mean days. The value per order of each route is its expectation, uncorrected: P(delivered within
/// the days) from <c>RouteExpectation</c>'s distribution (times the chance of arriving), or its mean
/// days. What the simulation finds beyond the expectation is answered by tightening
/// <see cref="Required"/> (the loop), not by changing the values, so that one shortfall is never
/// counted twice. Immutable.
/// </summary>
/// <param name="Index">Its index in <see cref="PlanningProblem.ServiceTargets"/>.</param>
/// <param name="Level">The scenario's service level it comes from.</param>
/// <param name="Measure">A share within days, or mean days.</param>
/// <param name="Target">The level's own target: a share in [0, 1], or days.</param>
/// <param name="Required">What the MIP requires: the target, or the loop's tightened target.</param>
/// <param name="OrdersPerDay">Orders per day of the segments it covers.</param>
/// <param name="Terms">(route option index, expected value per order) of every route of those segments.</param>
public sealed record ServiceTarget(int Index, ServiceLevel Level, ServiceMeasure Measure, double Target, double Required, double OrdersPerDay, IReadOnlyList<(int Route, double PerOrder)> Terms)
{
    /// <summary>The target as result files name it: <c>share_within_15_days</c>, or <c>mean_days</c> (the level's field).</summary>
    public string Name => Measure == ServiceMeasure.ShareWithin
        ? string.Create(CultureInfo.InvariantCulture, $"share_within_{Level.WithinDays}_days")
        : "mean_days";

    /// <summary>The KPI group of its orders: <c>market=US</c>, or <c>market=US;product=electronics</c>.</summary>
    public GroupKey Group => Level.ProductClass is null
        ? GroupKey.Of(GroupDimension.Market, Level.Market)
        : GroupKey.Of(GroupDimension.Market, Level.Market).With(GroupDimension.Product, Level.ProductClass);

    /// <summary>True when more is better (a share), false when less is (days).</summary>
    public bool AtLeast => Measure == ServiceMeasure.ShareWithin;

    /// <summary>The expected value under route shares <paramref name="shares"/>; NaN when its orders get no route.</summary>
    /// <param name="problem">The problem it belongs to.</param>
    /// <param name="shares">Share of its segment's orders per route option.</param>
    public double Planned(PlanningProblem problem, IReadOnlyList<double> shares)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(shares);
        double orders = 0;
        double sum = 0;
        foreach (var (route, perOrder) in Terms)
        {
            double flow = problem.Segments[problem.Routes[route].Segment].OrdersPerDay * shares[route];
            orders += flow;
            sum += flow * perOrder;
        }

        return orders > 0 ? sum / orders : double.NaN;
    }
}
