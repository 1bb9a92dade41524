namespace Sim.Models.Planning.StockLevels;

/// <summary>
/// The exact long-run average cost per period of an (s,S) policy for a <see cref="PeriodicReviewProblem"/>
/// (at a review, when the inventory position is at or below s, order up to S), by the renewal formula
/// of Zheng and Federgruen (1991), eq. (3):
/// c(s,S) = [K + Σ_{j=0..S−s−1} m(j)·G(S − j)] / M(S − s), with m and M the renewal quantities of the
/// one-period demand and G the <see cref="OnePeriodCost"/> of the demand over L + 1 periods.
/// Keeps the values of G and m it has computed, so repeated evaluations are cheap. Not thread-safe:
/// use one instance per thread.
/// </summary>
public sealed class SsPolicyCost
{
    private readonly RenewalWeights _weights;

    // G over positions _first .. _first + _costs.Length - 1; NaN where not yet computed.
    private double[] _costs = [];
    private int _first;

    /// <summary>Creates the evaluator for <paramref name="problem"/>.</summary>
    /// <param name="problem">The problem; validated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="ArgumentException">The problem is invalid (see <see cref="PeriodicReviewProblem.Problems"/>).</exception>
    public SsPolicyCost(PeriodicReviewProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        problem.Validate();
        Problem = problem;
        PeriodCost = new OnePeriodCost(problem.LeadTimeDemand, problem.HoldingCost, problem.BackorderCost);
        _weights = new RenewalWeights(problem.MeanDemand);
    }

    /// <summary>The problem evaluated.</summary>
    public PeriodicReviewProblem Problem { get; }

    /// <summary>G, the expected end-of-period cost of an inventory position, over the demand of L + 1 periods.</summary>
    public OnePeriodCost PeriodCost { get; }

    /// <summary>c(s,S), the long-run average cost per period of the (s,S) policy.</summary>
    /// <param name="reorderPoint">s: order when the inventory position at a review is at or below it; any integer.</param>
    /// <param name="orderUpTo">S: the level ordered up to; above s.</param>
    /// <returns>Average ordering, holding and backorder cost per period, in the problem's currency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orderUpTo"/> is not above <paramref name="reorderPoint"/>.</exception>
    public double Evaluate(int reorderPoint, int orderUpTo)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(orderUpTo, reorderPoint);
        var span = orderUpTo - reorderPoint;
        var total = Problem.OrderCost;
        for (var j = 0; j < span; j++)
        {
            total += _weights.Periods(j) * G(orderUpTo - j);
        }

        return total / _weights.CycleLength(span);
    }

    /// <summary>G(y), kept once computed.</summary>
    /// <param name="y">Inventory position, units.</param>
    /// <returns>The expected end-of-period cost.</returns>
    public double G(int y)
    {
        var index = (long)y - _first;
        if (index < 0 || index >= _costs.Length)
        {
            Grow(y);
            index = (long)y - _first;
        }

        ref var cost = ref _costs[index];
        if (double.IsNaN(cost))
        {
            cost = PeriodCost.Evaluate(y);
        }

        return cost;
    }

    private void Grow(int y)
    {
        // Double the covered range (at least to y) so that a walk in either direction costs
        // amortised O(1) per new position.
        var length = _costs.Length;
        var first = length == 0 ? y - 16 : (int)Math.Min(y, (long)_first - length);
        var last = length == 0 ? y + 16 : (int)Math.Max(y, (long)_first + (2L * length) - 1);
        var grown = new double[last - first + 1];
        Array.Fill(grown, double.NaN);
        if (length > 0)
        {
            Array.Copy(_costs, 0, grown, _first - first, length);
        }

        _costs = grown;
        _first = first;
    }
}
