using System.Diagnostics;

namespace Sim.Engine.Randomness;

/// <summary>
/// An empirical distribution from observed values. Without interpolation it resamples the data
/// (each observation with probability 1/n; the bootstrap). With interpolation it samples the
/// piecewise-linear inverse of the empirical CDF: sorted values x(0) &lt;= ... &lt;= x(n-1) are
/// placed at probabilities 0, 1/(n-1), ..., 1 and U is mapped linearly between the two nearest,
/// so samples are continuous within [min, max] (never outside the data range).
/// </summary>
/// <remarks>
/// The data are copied (and sorted) at construction. Immutable and thread-safe; sampling draws
/// one uniform (resampling draws one bounded integer) and does not allocate.
/// </remarks>
public sealed class Empirical : IDistribution
{
    private readonly double[] _sorted;

    /// <summary>Creates the distribution.</summary>
    /// <param name="samples">The observations: at least one, all finite.</param>
    /// <param name="interpolate">False to resample the observations; true to interpolate the empirical CDF (see the type).</param>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="samples"/> is empty or holds a non-finite value.</exception>
    public Empirical(IEnumerable<double> samples, bool interpolate = false)
    {
        ArgumentNullException.ThrowIfNull(samples);
        _sorted = [.. samples];
        if (_sorted.Length == 0)
        {
            throw new ArgumentException("An empirical distribution needs at least one sample.", nameof(samples));
        }

        for (var i = 0; i < _sorted.Length; i++)
        {
            if (!double.IsFinite(_sorted[i]))
            {
                throw new ArgumentException($"Sample {i} is {_sorted[i]}; samples must be finite.", nameof(samples));
            }
        }

        Array.Sort(_sorted);
        Interpolate = interpolate;
        (Mean, Variance) = interpolate ? InterpolatedMoments(_sorted) : ResampledMoments(_sorted);
    }

    /// <summary>Whether samples interpolate the empirical CDF (true) or resample the data (false).</summary>
    public bool Interpolate { get; }

    /// <summary>The number of observations.</summary>
    public int Count => _sorted.Length;

    /// <summary>The mean of the sampled distribution (the data mean when resampling; the mean of the interpolated CDF otherwise).</summary>
    public double Mean { get; }

    /// <summary>The variance of the sampled distribution (the population variance of the data when resampling).</summary>
    public double Variance { get; }

    /// <inheritdoc/>
    public double Sample(RandomStream rng)
    {
        Debug.Assert(rng is not null);
        var n = _sorted.Length;
        if (!Interpolate)
        {
            return _sorted[(int)rng.NextUInt64((ulong)n)];
        }

        if (n == 1)
        {
            return _sorted[0];
        }

        var position = rng.NextUnit() * (n - 1);
        var i = Math.Min((int)position, n - 2);
        var fraction = position - i;
        return _sorted[i] + (fraction * (_sorted[i + 1] - _sorted[i]));
    }

    private static (double Mean, double Variance) ResampledMoments(double[] sorted)
    {
        var mean = 0.0;
        foreach (var x in sorted)
        {
            mean += x;
        }

        mean /= sorted.Length;
        var sumSquares = 0.0;
        foreach (var x in sorted)
        {
            sumSquares += (x - mean) * (x - mean);
        }

        return (mean, sumSquares / sorted.Length);
    }

    private static (double Mean, double Variance) InterpolatedMoments(double[] sorted)
    {
        if (sorted.Length == 1)
        {
            return (sorted[0], 0.0);
        }

        // Each segment [x(i), x(i+1)] carries probability 1/(n-1) uniformly.
        var segments = sorted.Length - 1;
        var mean = 0.0;
        for (var i = 0; i < segments; i++)
        {
            mean += 0.5 * (sorted[i] + sorted[i + 1]);
        }

        mean /= segments;
        var variance = 0.0;
        for (var i = 0; i < segments; i++)
        {
            var a = sorted[i] - mean;
            var b = sorted[i + 1] - mean;
            variance += ((a * a) + (a * b) + (b * b)) / 3.0;
        }

        return (mean, variance / segments);
    }
}
