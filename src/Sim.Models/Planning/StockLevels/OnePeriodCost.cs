using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Sim.Models.Planning.StockLevels;

/// <summary>
/// G(y) = h·E[(y − D)⁺] + p·E[(D − y)⁺] for D Poisson with mean <see cref="MeanDemand"/>: the expected
/// holding and backorder cost at the end of the period that an inventory position y protects.
/// Evaluated exactly through the Poisson distribution (MathNet.Numerics: the regularised incomplete
/// gamma functions for F and 1 − F, each tail computed directly, and the probability function), using
/// E[(y − D)⁺] = (y − μ)·F(y) + μ·P(D = y) and E[(D − y)⁺] = (μ − y)·(1 − F(y)) + μ·P(D = y), which
/// keep their precision when y and μ are large. G is convex in y. Immutable and thread-safe.
/// </summary>
public sealed class OnePeriodCost
{
    /// <summary>Creates G for the given demand and unit costs.</summary>
    /// <param name="meanDemand">μ, mean demand over the protected periods (λ(L + 1)), units; positive and finite.</param>
    /// <param name="holdingCost">h, per unit held; positive and finite.</param>
    /// <param name="backorderCost">p, per unit short; positive and finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not positive and finite.</exception>
    public OnePeriodCost(double meanDemand, double holdingCost, double backorderCost)
    {
        ThrowIfNotPositive(meanDemand, nameof(meanDemand));
        ThrowIfNotPositive(holdingCost, nameof(holdingCost));
        ThrowIfNotPositive(backorderCost, nameof(backorderCost));
        MeanDemand = meanDemand;
        HoldingCost = holdingCost;
        BackorderCost = backorderCost;
        Minimiser = FindMinimiser();
    }

    /// <summary>μ, mean demand over the protected periods, units.</summary>
    public double MeanDemand { get; }

    /// <summary>h, cost per unit held at the end of the period.</summary>
    public double HoldingCost { get; }

    /// <summary>p, cost per unit short at the end of the period.</summary>
    public double BackorderCost { get; }

    /// <summary>
    /// y*, the smallest inventory position minimising G: the newsvendor level, the smallest y with
    /// P(D ≤ y) ≥ p / (p + h). Zero or more.
    /// </summary>
    public int Minimiser { get; }

    /// <summary>G(y), the expected end-of-period cost of inventory position <paramref name="y"/> (any integer, negative for backorders).</summary>
    /// <param name="y">Inventory position, units.</param>
    /// <returns>The expected cost, positive.</returns>
    public double Evaluate(int y)
    {
        if (y < 0)
        {
            return BackorderCost * (MeanDemand - y);
        }

        // E(y − D)⁺ = y·F(y) − μ·F(y − 1) and E(D − y)⁺ = μ·Q(y − 1) − y·Q(y), rewritten with
        // F(y − 1) = F(y) − P(D = y) so that no two large terms cancel when y and μ are large.
        var atY = Poisson.PMF(MeanDemand, y);
        var held = ((y - MeanDemand) * Cdf(y)) + (MeanDemand * atY);
        var shortfall = ((MeanDemand - y) * Survival(y)) + (MeanDemand * atY);
        return (HoldingCost * Math.Max(held, 0)) + (BackorderCost * Math.Max(shortfall, 0));
    }

    /// <summary>G(y + 1) − G(y) = h·P(D ≤ y) − p·P(D &gt; y); nondecreasing in y.</summary>
    /// <param name="y">Inventory position, units.</param>
    /// <returns>The forward difference of G at y.</returns>
    public double Slope(int y) => HoldingCost * Cdf(y) - BackorderCost * Survival(y);

    /// <summary>P(D ≤ k); 0 for negative k.</summary>
    internal double Cdf(int k) => k < 0 ? 0 : SpecialFunctions.GammaUpperRegularized(k + 1.0, MeanDemand);

    /// <summary>P(D &gt; k); 1 for negative k.</summary>
    internal double Survival(int k) => k < 0 ? 1 : SpecialFunctions.GammaLowerRegularized(k + 1.0, MeanDemand);

    private int FindMinimiser()
    {
        // Start at the normal approximation of the critical fractile, then walk: the slope is
        // nondecreasing, and y* is the first y whose slope is not negative.
        // z from the smaller of the two tail probabilities, which keeps its precision (1 - 1e-20 is 1).
        var total = BackorderCost + HoldingCost;
        var z = BackorderCost < HoldingCost ? Normal.InvCDF(0, 1, BackorderCost / total) : -Normal.InvCDF(0, 1, HoldingCost / total);
        var guess = MeanDemand + (z * Math.Sqrt(MeanDemand));
        var y = (int)Math.Max(0, Math.Floor(double.IsFinite(guess) ? guess : MeanDemand));
        if (Slope(y) >= 0)
        {
            while (y > 0 && Slope(y - 1) >= 0)
            {
                y--;
            }

            return y;
        }

        while (Slope(y) < 0)
        {
            y++;
        }

        return y;
    }

    private static void ThrowIfNotPositive(double value, string name)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "must be positive and finite");
        }
    }
}
