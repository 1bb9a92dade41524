using MathNet.Numerics;

namespace Sim.Models.Planning.StockLevels;

/// <summary>
/// The optimal order-up-to level of an (R,S) base-stock policy for a <see cref="PeriodicReviewProblem"/>:
/// every R periods the inventory position is raised to S. An order placed at a review arrives L
/// periods later, so the net inventory at the end of the k-th period after the review (k = 1 .. R) is
/// S minus the demand of L + k periods, and the long-run average cost per period is
/// C(S) = (1/R)·Σ_{k=1..R} G_{L+k}(S) + K·(1 − e^{−λR}) / R, where G_n is the <see cref="OnePeriodCost"/>
/// over Poisson demand with mean nλ and the last term is the ordering cost (an order is placed at a
/// review unless no demand came since the last one). C is convex in S; the smallest minimiser is
/// returned. With R = 1 and K = 0 this is the newsvendor level of the (s,S) problem. Stateless and thread-safe.
/// </summary>
public static class BaseStockLevel
{
    /// <summary>Largest accepted review period, in periods.</summary>
    public const int MaxReviewPeriods = 1000;

    /// <summary>Finds the best order-up-to level for review period <paramref name="reviewPeriods"/>.</summary>
    /// <param name="problem">The problem; validated. Its <see cref="PeriodicReviewProblem.OrderCost"/> is charged per order placed.</param>
    /// <param name="reviewPeriods">R, whole periods between reviews; 1 to <see cref="MaxReviewPeriods"/>.</param>
    /// <returns>The level and its exact long-run average cost per period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="ArgumentException">The problem is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reviewPeriods"/> is outside 1 .. <see cref="MaxReviewPeriods"/>.</exception>
    public static BaseStockPolicy Optimise(PeriodicReviewProblem problem, int reviewPeriods)
    {
        var costs = PeriodCosts(problem, reviewPeriods);

        // C(S + 1) − C(S) is the mean of the periods' slopes, nondecreasing in S: walk from the
        // level that protects the middle of the review cycle to the first S whose slope is not negative.
        var level = costs[costs.Length / 2].Minimiser;
        if (Slope(costs, level) >= 0)
        {
            while (level > 0 && Slope(costs, level - 1) >= 0)
            {
                level--;
            }
        }
        else
        {
            while (Slope(costs, level) < 0)
            {
                level++;
            }
        }

        return new BaseStockPolicy { ReviewPeriods = reviewPeriods, OrderUpTo = level, CostPerPeriod = Cost(problem, costs, level) };
    }

    /// <summary>C(S), the exact long-run average cost per period of the (R,S) policy.</summary>
    /// <param name="problem">The problem; validated.</param>
    /// <param name="reviewPeriods">R, whole periods between reviews; 1 to <see cref="MaxReviewPeriods"/>.</param>
    /// <param name="orderUpTo">S, units (any integer).</param>
    /// <returns>Average ordering, holding and backorder cost per period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="ArgumentException">The problem is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reviewPeriods"/> is outside 1 .. <see cref="MaxReviewPeriods"/>.</exception>
    public static double Evaluate(PeriodicReviewProblem problem, int reviewPeriods, int orderUpTo) =>
        Cost(problem, PeriodCosts(problem, reviewPeriods), orderUpTo);

    private static OnePeriodCost[] PeriodCosts(PeriodicReviewProblem problem, int reviewPeriods)
    {
        ArgumentNullException.ThrowIfNull(problem);
        problem.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(reviewPeriods, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reviewPeriods, MaxReviewPeriods);
        var costs = new OnePeriodCost[reviewPeriods];
        for (var k = 1; k <= reviewPeriods; k++)
        {
            costs[k - 1] = new OnePeriodCost(problem.MeanDemand * (problem.LeadTimePeriods + k), problem.HoldingCost, problem.BackorderCost);
        }

        return costs;
    }

    private static double Slope(OnePeriodCost[] costs, int level)
    {
        var sum = 0.0;
        foreach (var cost in costs)
        {
            sum += cost.Slope(level);
        }

        return sum;
    }

    private static double Cost(PeriodicReviewProblem problem, OnePeriodCost[] costs, int level)
    {
        var sum = 0.0;
        foreach (var cost in costs)
        {
            sum += cost.Evaluate(level);
        }

        var ordering = problem.OrderCost * -SpecialFunctions.Expm1(-problem.MeanDemand * costs.Length);
        return (sum + ordering) / costs.Length;
    }
}
