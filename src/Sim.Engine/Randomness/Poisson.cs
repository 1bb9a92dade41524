using System.Diagnostics;
using MnPoisson = MathNet.Numerics.Distributions.Poisson;

namespace Sim.Engine.Randomness;

/// <summary>
/// The Poisson distribution of event counts with mean <see cref="Lambda"/> (orders per day, parcels
/// per batch), sampled with MathNet.Numerics.
/// </summary>
/// <remarks>Immutable and thread-safe; sampling does not allocate.</remarks>
public sealed class Poisson : IDistribution
{
    /// <summary>Creates the distribution.</summary>
    /// <param name="lambda">The mean count, finite and greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lambda"/> is not finite and positive.</exception>
    public Poisson(double lambda) => Lambda = ParameterCheck.Positive(lambda);

    /// <summary>The mean count.</summary>
    public double Lambda { get; }

    /// <inheritdoc/>
    public double Mean => Lambda;

    /// <inheritdoc/>
    public double Variance => Lambda;

    /// <summary>Draws one count.</summary>
    /// <param name="rng">The stream to draw from.</param>
    public int SampleCount(RandomStream rng)
    {
        Debug.Assert(rng is not null);
        return MnPoisson.Sample(rng, Lambda);
    }

    /// <summary>Draws one count, as a double; the same draw as <see cref="SampleCount"/>.</summary>
    /// <param name="rng">The stream to draw from.</param>
    public double Sample(RandomStream rng) => SampleCount(rng);
}
