using System.Diagnostics;
using MnTriangular = MathNet.Numerics.Distributions.Triangular;

namespace Sim.Engine.Randomness;

/// <summary>
/// The triangular distribution on [<see cref="Min"/>, <see cref="Max"/>] with peak at
/// <see cref="Mode"/> (three-point expert estimates), sampled with MathNet.Numerics.
/// </summary>
/// <remarks>Immutable and thread-safe; sampling draws one uniform and does not allocate.</remarks>
public sealed class Triangular : IDistribution
{
    /// <summary>Creates the distribution.</summary>
    /// <param name="min">Lower bound, finite.</param>
    /// <param name="mode">Most likely value, with <paramref name="min"/> &lt;= mode &lt;= <paramref name="max"/>.</param>
    /// <param name="max">Upper bound, finite and greater than <paramref name="min"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite or the order min &lt;= mode &lt;= max, min &lt; max does not hold.</exception>
    public Triangular(double min, double mode, double max)
    {
        Min = ParameterCheck.Finite(min);
        Mode = ParameterCheck.Finite(mode);
        Max = ParameterCheck.Finite(max);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(max, min);
        ArgumentOutOfRangeException.ThrowIfLessThan(mode, min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(mode, max);
    }

    /// <summary>The lower bound.</summary>
    public double Min { get; }

    /// <summary>The most likely value.</summary>
    public double Mode { get; }

    /// <summary>The upper bound.</summary>
    public double Max { get; }

    /// <inheritdoc/>
    public double Mean => (Min + Mode + Max) / 3.0;

    /// <inheritdoc/>
    public double Variance =>
        ((Min * Min) + (Mode * Mode) + (Max * Max) - (Min * Mode) - (Min * Max) - (Mode * Max)) / 18.0;

    /// <inheritdoc/>
    public double Sample(RandomStream rng)
    {
        Debug.Assert(rng is not null);
        return MnTriangular.Sample(rng, Min, Max, Mode);
    }
}
