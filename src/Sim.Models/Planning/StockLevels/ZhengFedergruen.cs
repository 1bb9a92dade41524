namespace Sim.Models.Planning.StockLevels;

/// <summary>
/// The exact optimal (s,S) policy of a <see cref="PeriodicReviewProblem"/> by the algorithm of Zheng and
/// Federgruen (1991), "Finding optimal (s,S) policies is about as simple as evaluating a single
/// policy", Operations Research 39(4):654–665. It is not a search over a grid: it walks from the
/// newsvendor level y* using the paper's bounds (s* &lt; y* ≤ S*, and S* ≤ the largest y with
/// G(y) ≤ c*), evaluating each candidate exactly with <see cref="SsPolicyCost"/>. Stateless and thread-safe.
/// </summary>
public static class ZhengFedergruen
{
    /// <summary>Finds an optimal (s,S) policy (order up to S when the position at a review is at or below s).</summary>
    /// <param name="problem">The problem; validated.</param>
    /// <returns>The policy and its exact long-run average cost per period. When several policies tie, the one
    /// the algorithm meets first (smallest S) is returned.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="ArgumentException">The problem is invalid (see <see cref="PeriodicReviewProblem.Problems"/>).</exception>
    public static SsPolicy Optimise(PeriodicReviewProblem problem)
    {
        var cost = new SsPolicyCost(problem);
        var yStar = cost.PeriodCost.Minimiser;

        // Step 0: the best s for S0 = y*: lower s until c(s, S0) ≤ G(s) (Lemma 2 / Corollary 2).
        var orderUpTo = yStar;
        var s = yStar - 1;
        while (cost.Evaluate(s, orderUpTo) > cost.G(s))
        {
            s--;
        }

        var best = cost.Evaluate(s, orderUpTo);

        // Step 1: raise S while G(S) ≤ c0 (the upper bound on S*); whenever S improves on S0, take it
        // and raise s to its best value for the new S (s stays below y*).
        for (var candidate = orderUpTo + 1; cost.G(candidate) <= best; candidate++)
        {
            if (cost.Evaluate(s, candidate) < best)
            {
                orderUpTo = candidate;
                // s < S always holds in exact arithmetic (s* < y* ≤ S*); the bound only guards
                // against rounding when neighbouring costs differ by less than it.
                while (s + 1 < orderUpTo && cost.Evaluate(s, orderUpTo) <= cost.G(s + 1))
                {
                    s++;
                }

                best = cost.Evaluate(s, orderUpTo);
            }
        }

        return new SsPolicy { ReorderPoint = s, OrderUpTo = orderUpTo, CostPerPeriod = best };
    }
}
