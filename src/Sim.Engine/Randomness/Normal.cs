using System.Diagnostics;
using MnNormal = MathNet.Numerics.Distributions.Normal;

namespace Sim.Engine.Randomness;

/// <summary>
/// The normal distribution, sampled with MathNet.Numerics (polar Box-Muller). It takes negative
/// values; for durations use <see cref="TruncatedNormal"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; sampling does not allocate.</remarks>
public sealed class Normal : IDistribution
{
    /// <summary>Creates the distribution.</summary>
    /// <param name="mean">The mean, finite.</param>
    /// <param name="standardDeviation">The standard deviation, finite and greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public Normal(double mean, double standardDeviation)
    {
        Mean = ParameterCheck.Finite(mean);
        StandardDeviation = ParameterCheck.Positive(standardDeviation);
    }

    /// <inheritdoc/>
    public double Mean { get; }

    /// <summary>The standard deviation.</summary>
    public double StandardDeviation { get; }

    /// <inheritdoc/>
    public double Variance => StandardDeviation * StandardDeviation;

    /// <inheritdoc/>
    public double Sample(RandomStream rng)
    {
        Debug.Assert(rng is not null);
        return MnNormal.Sample(rng, Mean, StandardDeviation);
    }
}
