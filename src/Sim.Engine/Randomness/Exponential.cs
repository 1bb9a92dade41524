using System.Diagnostics;

namespace Sim.Engine.Randomness;

/// <summary>
/// The exponential distribution with a given mean (inter-arrival times of a Poisson process,
/// memoryless service times), sampled by inversion: <c>-mean * ln(1 - U)</c>.
/// </summary>
/// <remarks>Immutable and thread-safe; sampling draws one uniform and does not allocate.</remarks>
public sealed class Exponential : IDistribution
{
    /// <summary>Creates the distribution.</summary>
    /// <param name="mean">The mean (1 / rate), finite and greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mean"/> is not finite and positive.</exception>
    public Exponential(double mean) => Mean = ParameterCheck.Positive(mean);

    /// <inheritdoc/>
    public double Mean { get; }

    /// <summary>The rate, 1 / <see cref="Mean"/>.</summary>
    public double Rate => 1.0 / Mean;

    /// <inheritdoc/>
    public double Variance => Mean * Mean;

    /// <summary>Creates the distribution from its rate (events per unit).</summary>
    /// <param name="rate">The rate, finite and greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not finite and positive.</exception>
    public static Exponential FromRate(double rate) => new(1.0 / ParameterCheck.Positive(rate));

    /// <inheritdoc/>
    public double Sample(RandomStream rng)
    {
        Debug.Assert(rng is not null);
        // 1 - U lies in (0, 1], so the logarithm is finite.
        return -Mean * Math.Log(1.0 - rng.NextUnit());
    }
}
