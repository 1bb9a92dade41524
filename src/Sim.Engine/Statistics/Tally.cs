namespace Sim.Engine.Statistics;

/// <summary>
/// Running statistics of a sequence of observations (waiting times, costs): count, sum, mean,
/// variance (Welford's update), minimum and maximum, in the unit of the observations. Tallies of
/// separate runs merge exactly (Chan, Golub and LeVeque's pairwise formula), so replications,
/// shards and machines combine into the statistics of the pooled observations.
/// </summary>
/// <remarks>
/// Empty tallies report NaN for <see cref="Mean"/>, <see cref="Min"/> and <see cref="Max"/>;
/// <see cref="Variance"/> needs two observations. Adding does not allocate. Not thread-safe:
/// one tally per replication, merged afterwards.
/// </remarks>
public sealed class Tally
{
    private double _mean;
    private double _m2;
    private double _min = double.PositiveInfinity;
    private double _max = double.NegativeInfinity;

    /// <summary>The number of observations.</summary>
    public long Count { get; private set; }

    /// <summary>The sum of the observations (0 when empty).</summary>
    public double Sum { get; private set; }

    /// <summary>The arithmetic mean; NaN when empty.</summary>
    public double Mean => Count == 0 ? double.NaN : _mean;

    /// <summary>The unbiased sample variance (divisor n - 1); NaN with fewer than two observations.</summary>
    public double Variance => Count < 2 ? double.NaN : _m2 / (Count - 1);

    /// <summary>The population variance (divisor n); NaN when empty.</summary>
    public double PopulationVariance => Count == 0 ? double.NaN : _m2 / Count;

    /// <summary>The sample standard deviation, the square root of <see cref="Variance"/>.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>The standard error of the mean, <see cref="StandardDeviation"/> / sqrt(n).</summary>
    public double StandardError => StandardDeviation / Math.Sqrt(Count);

    /// <summary>The smallest observation; NaN when empty.</summary>
    public double Min => Count == 0 ? double.NaN : _min;

    /// <summary>The largest observation; NaN when empty.</summary>
    public double Max => Count == 0 ? double.NaN : _max;

    /// <summary>The sum of squared deviations from the mean (Welford's M2).</summary>
    public double SumOfSquaredDeviations => _m2;

    /// <summary>Adds one observation.</summary>
    /// <param name="value">The observation, finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public void Add(double value)
    {
        if (!double.IsFinite(value))
        {
            ThrowNotFinite(value);
        }

        Count++;
        Sum += value;
        var delta = value - _mean;
        _mean += delta / Count;
        _m2 += delta * (value - _mean);
        if (value < _min)
        {
            _min = value;
        }

        if (value > _max)
        {
            _max = value;
        }
    }

    /// <summary>
    /// Adds the observations of <paramref name="other"/> to this tally, as if each had been added
    /// here; <paramref name="other"/> is unchanged. Merging is exact up to floating-point rounding
    /// and does not depend on how the observations were split.
    /// </summary>
    /// <param name="other">The tally to merge in; may be this tally (doubling every observation).</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public void Merge(Tally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0)
        {
            return;
        }

        var n = Count + other.Count;
        var delta = other._mean - _mean;
        var weight = (double)other.Count / n;
        _m2 += other._m2 + (delta * delta * Count * weight);
        _mean += delta * weight;
        Sum += other.Sum;
        _min = Math.Min(_min, other._min);
        _max = Math.Max(_max, other._max);
        Count = n;
    }

    /// <summary>Returns an independent copy of this tally.</summary>
    public Tally Clone() => new()
    {
        Count = Count,
        Sum = Sum,
        _mean = _mean,
        _m2 = _m2,
        _min = _min,
        _max = _max,
    };

    /// <summary>Forgets every observation (for example at the end of a warm-up period).</summary>
    public void Clear()
    {
        Count = 0;
        Sum = 0;
        _mean = 0;
        _m2 = 0;
        _min = double.PositiveInfinity;
        _max = double.NegativeInfinity;
    }

    private static void ThrowNotFinite(double value) =>
        throw new ArgumentOutOfRangeException(nameof(value), value, "A tally observation must be finite.");
}
