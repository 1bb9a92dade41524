using System.Diagnostics;
using MnNormal = MathNet.Numerics.Distributions.Normal;

namespace Sim.Engine.Randomness;

/// <summary>
/// A normal distribution N(<see cref="Mu"/>, <see cref="Sigma"/>^2) conditioned on being zero or
/// more: a duration whose spread is normal but which can never be negative.
/// </summary>
/// <remarks>
/// <para>Sampling method: when P(N &gt;= 0) is at least 1/4 (Mu &gt;= -0.674 Sigma), draws from the
/// normal are rejected until one is zero or more (fewer than 4 normal draws expected); otherwise the
/// inverse CDF is applied on the truncated range, <c>Mu - Sigma * InvPhi(U * P(N &gt;= 0))</c>, one
/// uniform per sample, computed in the lower tail where it is accurate. Both give exactly the
/// truncated distribution; <see cref="Mean"/> and <see cref="Variance"/> are those of the
/// truncated distribution, not of the parent normal.</para>
/// <para>Immutable and thread-safe; sampling does not allocate.</para>
/// </remarks>
public sealed class TruncatedNormal : IDistribution
{
    private const double RejectionThreshold = 0.25;
    private readonly double _acceptance;

    /// <summary>Creates the distribution from the parent normal's parameters.</summary>
    /// <param name="mu">Mean of the parent normal, finite.</param>
    /// <param name="sigma">Standard deviation of the parent normal, finite and greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range, or the parent normal has (numerically) no mass at zero or above.</exception>
    public TruncatedNormal(double mu, double sigma)
    {
        Mu = ParameterCheck.Finite(mu);
        Sigma = ParameterCheck.Positive(sigma);
        var alpha = -mu / sigma;
        _acceptance = MnNormal.CDF(0, 1, -alpha);
        if (!(_acceptance > 1e-300))
        {
            throw new ArgumentOutOfRangeException(nameof(mu), mu, $"P(N({mu}, {sigma}^2) >= 0) underflows: the truncated distribution is numerically undefined.");
        }

        var lambda = MnNormal.PDF(0, 1, alpha) / _acceptance;
        Mean = mu + (sigma * lambda);
        Variance = sigma * sigma * Math.Max(0.0, 1 + (alpha * lambda) - (lambda * lambda));
    }

    /// <summary>Mean of the parent (untruncated) normal.</summary>
    public double Mu { get; }

    /// <summary>Standard deviation of the parent (untruncated) normal.</summary>
    public double Sigma { get; }

    /// <summary>The probability that the parent normal is zero or more (the acceptance rate of rejection sampling).</summary>
    public double ParentMassAtOrAboveZero => _acceptance;

    /// <summary>The mean of the truncated distribution: Mu + Sigma * phi(a) / (1 - Phi(a)), a = -Mu / Sigma.</summary>
    public double Mean { get; }

    /// <summary>The variance of the truncated distribution.</summary>
    public double Variance { get; }

    /// <inheritdoc/>
    public double Sample(RandomStream rng)
    {
        Debug.Assert(rng is not null);
        if (_acceptance >= RejectionThreshold)
        {
            double x;
            do
            {
                x = MnNormal.Sample(rng, Mu, Sigma);
            }
            while (x < 0);
            return x;
        }

        // 1 - U lies in (0, 1], so the probability passed on is positive.
        var p = (1.0 - rng.NextUnit()) * _acceptance;
        return Math.Max(0.0, Mu - (Sigma * MnNormal.InvCDF(0, 1, p)));
    }
}
