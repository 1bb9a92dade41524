using System.Diagnostics;
using MnGamma = MathNet.Numerics.Distributions.Gamma;

namespace Sim.Engine.Randomness;

/// <summary>
/// The gamma distribution with a shape and a scale (mean = shape * scale), sampled with
/// MathNet.Numerics (Marsaglia and Tsang's method).
/// </summary>
/// <remarks>Immutable and thread-safe; sampling does not allocate.</remarks>
public sealed class Gamma : IDistribution
{
    private readonly double _rate;

    /// <summary>Creates the distribution.</summary>
    /// <param name="shape">Shape k, finite and greater than zero.</param>
    /// <param name="scale">Scale theta (1 / rate), in the unit of the values, finite and greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite and positive.</exception>
    public Gamma(double shape, double scale)
    {
        Shape = ParameterCheck.Positive(shape);
        Scale = ParameterCheck.Positive(scale);
        _rate = 1.0 / scale;
    }

    /// <summary>The shape k.</summary>
    public double Shape { get; }

    /// <summary>The scale theta.</summary>
    public double Scale { get; }

    /// <inheritdoc/>
    public double Mean => Shape * Scale;

    /// <inheritdoc/>
    public double Variance => Shape * Scale * Scale;

    /// <summary>
    /// Creates the gamma with the given mean and coefficient of variation:
    /// <c>shape = 1 / cv^2</c>, <c>scale = mean * cv^2</c>.
    /// </summary>
    /// <param name="mean">The mean, finite and greater than zero.</param>
    /// <param name="cv">The coefficient of variation, finite and greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite and positive.</exception>
    public static Gamma FromMeanAndCv(double mean, double cv)
    {
        ParameterCheck.Positive(mean);
        ParameterCheck.Positive(cv);
        var cvSquared = cv * cv;
        return new Gamma(1.0 / cvSquared, mean * cvSquared);
    }

    /// <inheritdoc/>
    public double Sample(RandomStream rng)
    {
        Debug.Assert(rng is not null);
        return MnGamma.Sample(rng, Shape, _rate);
    }
}
