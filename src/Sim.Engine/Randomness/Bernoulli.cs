using System.Diagnostics;

namespace Sim.Engine.Randomness;

/// <summary>The Bernoulli distribution: 1 with probability <see cref="P"/>, else 0 (inspected or not, lost or not).</summary>
/// <remarks>Immutable and thread-safe; sampling draws exactly one uniform, whatever P, and does not allocate.</remarks>
public sealed class Bernoulli : IDistribution
{
    /// <summary>Creates the distribution.</summary>
    /// <param name="p">The probability of success, in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside [0, 1] or NaN.</exception>
    public Bernoulli(double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "p must be a probability in [0, 1].");
        }

        P = p;
    }

    /// <summary>The probability of success.</summary>
    public double P { get; }

    /// <inheritdoc/>
    public double Mean => P;

    /// <inheritdoc/>
    public double Variance => P * (1 - P);

    /// <summary>Draws one trial: true with probability <see cref="P"/>.</summary>
    /// <param name="rng">The stream to draw from.</param>
    public bool SampleBool(RandomStream rng)
    {
        Debug.Assert(rng is not null);
        return rng.NextUnit() < P;
    }

    /// <summary>Draws one trial as 1.0 or 0.0; the same draw as <see cref="SampleBool"/>.</summary>
    /// <param name="rng">The stream to draw from.</param>
    public double Sample(RandomStream rng) => SampleBool(rng) ? 1.0 : 0.0;
}
