using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using Sim.Models.Planning.StockLevels;

namespace Sim.Models.Tests.Planning.StockLevels;

/// <summary>
/// Independent reference values for the stock-level tests: G by summing the Poisson probabilities
/// directly (not through the incomplete gamma functions), and the cost of an (s,S) policy from the
/// stationary distribution of its Markov chain (a dense linear solve), not the renewal formula.
/// </summary>
internal static class InventoryOracle
{
    /// <summary>h·E(y − D)⁺ + p·E(D − y)⁺ for D ~ Poisson(mean), by direct summation far into the tail.</summary>
    public static double G(double mean, double holding, double backorder, int y)
    {
        var last = (int)Math.Ceiling(mean + (40 * Math.Sqrt(mean)) + 60);
        var sum = 0.0;
        for (var d = 0; d <= last; d++)
        {
            var net = y - d;
            sum += Poisson.PMF(mean, d) * (net >= 0 ? holding * net : backorder * -net);
        }

        return sum;
    }

    /// <summary>Long-run average cost per period of (s,S) from the stationary distribution of the post-review position.</summary>
    public static double PolicyCost(PeriodicReviewProblem problem, int s, int orderUpTo, Func<int, double> g)
    {
        // States: post-review positions s+1 .. S. From y, demand d leads to y − d when that is above s,
        // else a review orders back up to S.
        var n = orderUpTo - s;
        var transition = Matrix<double>.Build.Dense(n, n);
        var orderNext = new double[n];
        for (var i = 0; i < n; i++)
        {
            var y = s + 1 + i;
            var stay = 0.0;
            for (var d = 0; y - d > s; d++)
            {
                var p = Poisson.PMF(problem.MeanDemand, d);
                transition[i, y - d - s - 1] += p;
                stay += p;
            }

            transition[i, n - 1] += 1 - stay;
            orderNext[i] = 1 - stay;
        }

        // π(P − I) = 0 with Σπ = 1: replace the last balance equation by the normalisation.
        var system = (transition - Matrix<double>.Build.DenseIdentity(n)).Transpose();
        var rhs = Vector<double>.Build.Dense(n);
        for (var j = 0; j < n; j++)
        {
            system[n - 1, j] = 1;
        }

        rhs[n - 1] = 1;
        var pi = system.Solve(rhs);
        var cost = 0.0;
        for (var i = 0; i < n; i++)
        {
            var y = s + 1 + i;
            cost += pi[i] * (g(y) + (problem.OrderCost * orderNext[i]));
        }

        return cost;
    }

    /// <summary>The cheapest (s,S) with lo ≤ s &lt; S ≤ hi by evaluating every pair.</summary>
    public static (int S, int OrderUpTo, double Cost) ExhaustiveSearch(PeriodicReviewProblem problem, int lo, int hi)
    {
        var g = new Dictionary<int, double>();
        double G(int y)
        {
            if (!g.TryGetValue(y, out var value))
            {
                value = InventoryOracle.G(problem.LeadTimeDemand, problem.HoldingCost, problem.BackorderCost, y);
                g[y] = value;
            }

            return value;
        }

        var best = (S: 0, OrderUpTo: 0, Cost: double.PositiveInfinity);
        for (var s = lo; s < hi; s++)
        {
            for (var orderUpTo = s + 1; orderUpTo <= hi; orderUpTo++)
            {
                var cost = PolicyCost(problem, s, orderUpTo, G);
                if (cost < best.Cost)
                {
                    best = (s, orderUpTo, cost);
                }
            }
        }

        return best;
    }
}
