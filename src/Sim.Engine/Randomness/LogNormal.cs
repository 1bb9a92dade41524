using System.Diagnostics;
using MnLogNormal = MathNet.Numerics.Distributions.LogNormal;

namespace Sim.Engine.Randomness;

/// <summary>
/// The lognormal distribution: <c>exp(N(Mu, Sigma^2))</c>, sampled with MathNet.Numerics. Usually
/// built with <see cref="FromMeanAndCv"/> from the mean and coefficient of variation of the
/// quantity itself (transit and clearance times).
/// </summary>
/// <remarks>Immutable and thread-safe; sampling does not allocate.</remarks>
public sealed class LogNormal : IDistribution
{
    /// <summary>Creates the distribution from the parameters of the underlying normal.</summary>
    /// <param name="mu">Mean of the logarithm, finite.</param>
    /// <param name="sigma">Standard deviation of the logarithm, finite and greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public LogNormal(double mu, double sigma)
    {
        Mu = ParameterCheck.Finite(mu);
        Sigma = ParameterCheck.Positive(sigma);
    }

    /// <summary>Mean of the logarithm.</summary>
    public double Mu { get; }

    /// <summary>Standard deviation of the logarithm.</summary>
    public double Sigma { get; }

    /// <inheritdoc/>
    public double Mean => Math.Exp(Mu + (0.5 * Sigma * Sigma));

    /// <inheritdoc/>
    public double Variance => double.ExpM1(Sigma * Sigma) * Math.Exp((2 * Mu) + (Sigma * Sigma));

    /// <summary>
    /// Creates the lognormal with the given mean and coefficient of variation (standard deviation
    /// divided by mean): <c>Sigma^2 = ln(1 + cv^2)</c>, <c>Mu = ln(mean) - Sigma^2 / 2</c>.
    /// </summary>
    /// <param name="mean">The mean, finite and greater than zero.</param>
    /// <param name="cv">The coefficient of variation, finite and greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite and positive.</exception>
    public static LogNormal FromMeanAndCv(double mean, double cv)
    {
        ParameterCheck.Positive(mean);
        ParameterCheck.Positive(cv);
        var sigmaSquared = Math.Log(1 + (cv * cv));
        return new LogNormal(Math.Log(mean) - (0.5 * sigmaSquared), Math.Sqrt(sigmaSquared));
    }

    /// <inheritdoc/>
    public double Sample(RandomStream rng)
    {
        Debug.Assert(rng is not null);
        return MnLogNormal.Sample(rng, Mu, Sigma);
    }
}
