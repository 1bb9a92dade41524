namespace Sim.Engine.Randomness;

/// <summary>
/// A deterministic value (for example the service time of an M/D/1 queue). Sampling draws nothing
/// from the stream.
/// </summary>
/// <remarks>Immutable and thread-safe; sampling does not allocate.</remarks>
public sealed class Constant : IDistribution
{
    /// <summary>Creates the distribution.</summary>
    /// <param name="value">The value every sample returns, finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public Constant(double value) => Mean = ParameterCheck.Finite(value);

    /// <summary>The value every sample returns.</summary>
    public double Mean { get; }

    /// <summary>Zero.</summary>
    public double Variance => 0.0;

    /// <summary>Returns <see cref="Mean"/> without advancing <paramref name="rng"/>.</summary>
    /// <param name="rng">Ignored.</param>
    public double Sample(RandomStream rng) => Mean;
}
