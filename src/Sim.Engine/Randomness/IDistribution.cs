namespace Sim.Engine.Randomness;

/// <summary>
/// A univariate probability distribution sampled from a <see cref="RandomStream"/>. Values are in
/// whatever unit the caller chose for the parameters (for example minutes for a service time);
/// the caller converts them to simulation time.
/// </summary>
/// <remarks>
/// Implementations are immutable and thread-safe (the state lives in the stream passed in), validate
/// their parameters at construction, and do not allocate when sampling.
/// </remarks>
public interface IDistribution
{
    /// <summary>The expected value, in the unit of the parameters.</summary>
    double Mean { get; }

    /// <summary>The variance, in the unit of the parameters squared.</summary>
    double Variance { get; }

    /// <summary>Draws one value, advancing <paramref name="rng"/>.</summary>
    /// <param name="rng">The stream to draw from; not null (checked only in debug builds, for speed).</param>
    double Sample(RandomStream rng);
}
