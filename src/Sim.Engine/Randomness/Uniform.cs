using System.Diagnostics;

namespace Sim.Engine.Randomness;

/// <summary>The continuous uniform distribution on [<see cref="Lower"/>, <see cref="Upper"/>).</summary>
/// <remarks>Immutable and thread-safe; sampling draws one uniform and does not allocate.</remarks>
public sealed class Uniform : IDistribution
{
    private readonly double _width;

    /// <summary>Creates the distribution.</summary>
    /// <param name="lower">Inclusive lower bound, finite.</param>
    /// <param name="upper">Exclusive upper bound, finite and greater than <paramref name="lower"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite, or <paramref name="upper"/> is not greater than <paramref name="lower"/>.</exception>
    public Uniform(double lower, double upper)
    {
        Lower = ParameterCheck.Finite(lower);
        Upper = ParameterCheck.Finite(upper);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(upper, lower);
        _width = upper - lower;
    }

    /// <summary>The inclusive lower bound.</summary>
    public double Lower { get; }

    /// <summary>The exclusive upper bound.</summary>
    public double Upper { get; }

    /// <inheritdoc/>
    public double Mean => Lower + (0.5 * _width);

    /// <inheritdoc/>
    public double Variance => _width * _width / 12.0;

    /// <inheritdoc/>
    public double Sample(RandomStream rng)
    {
        Debug.Assert(rng is not null);
        return Lower + (_width * rng.NextUnit());
    }
}
