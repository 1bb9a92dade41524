using MnNormal = MathNet.Numerics.Distributions.Normal;
using Sim.Engine.Randomness;

namespace Sim.Models.Flow;

/// <summary>
/// A named random stream with a buffer of standard normal draws, filled in blocks by MathNet's
/// polar method, which keeps both normals of each pair (a single draw throws one away): log-normal
/// leg times then cost one exponential each. Deterministic for a given stream. Not thread-safe.
/// </summary>
internal sealed class DrawSource
{
    private readonly double[] _normals = new double[256];
    private int _next;

    public DrawSource(RandomStream rng)
    {
        Rng = rng;
        _next = _normals.Length;
    }

    /// <summary>The underlying stream, for uniform draws.</summary>
    public RandomStream Rng { get; }

    /// <summary>A uniform draw in [0, 1).</summary>
    public double NextUnit() => Rng.NextUnit();

    /// <summary>A standard normal draw.</summary>
    public double NextNormal()
    {
        if (_next == _normals.Length)
        {
            MnNormal.Samples(Rng, _normals, 0.0, 1.0);
            _next = 0;
        }

        return _normals[_next++];
    }
}
