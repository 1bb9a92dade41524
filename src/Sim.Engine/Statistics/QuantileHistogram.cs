using System.Diagnostics;

namespace Sim.Engine.Statistics;

/// <summary>
/// A mergeable histogram with logarithmic buckets that answers quantile queries of non-negative
/// observations (delivery times, costs) within a relative error (the DDSketch scheme of Masson,
/// Rim and Lee 2019, without bucket collapsing). Count, sum, minimum and maximum are exact.
/// </summary>
/// <remarks>
/// <para>With relative accuracy a and gamma = (1 + a) / (1 - a), a positive value x goes to bucket
/// i = ceil(log_gamma(x)), which holds (gamma^(i-1), gamma^i]. Zero is counted exactly in its own
/// bucket. <see cref="Quantile"/> finds the bucket holding the sample quantile and interpolates within
/// it: the observations of a bucket are taken as spread evenly (in log scale) over it, and the
/// estimate is where the quantile's rank falls among them (clamped to [min, max]). The estimate and
/// the exact sample quantile lie in the same bucket, so they are within relative error gamma - 1 =
/// 2a / (1 - a) of each other, up to floating-point rounding; and, unlike a bucket's single
/// representative, the estimate moves with the counts, so two samples whose quantile falls in the
/// same bucket still give different estimates when their counts differ.</para>
/// <para>Buckets live in one growable array of counts covering a contiguous index range: about
/// ln(10) / (2a) buckets per decade of data (116 at a = 1%), 8 bytes each; the whole positive
/// double range needs at most about 750 / a buckets. Adding allocates only when a value falls
/// outside the range seen so far. Merging adds bucket counts, so the merge of two histograms is
/// exactly the histogram of the union of their observations.</para>
/// <para>Negative, NaN and infinite values are rejected. Not thread-safe: one histogram per
/// replication, merged afterwards.</para>
/// </remarks>
public sealed class QuantileHistogram
{
    /// <summary>The default relative accuracy, 1%.</summary>
    public const double DefaultRelativeAccuracy = 0.01;

    private const double MinRelativeAccuracy = 1e-6;
    private const double MaxRelativeAccuracy = 0.5;
    private const int InitialBuckets = 128;

    private readonly double _logGamma;
    private readonly double _inverseLogGamma;
    private long[] _counts = [];
    private int _offset;
    private int _lowest = int.MaxValue;
    private int _highest = int.MinValue;
    private double _min = double.PositiveInfinity;
    private double _max = double.NegativeInfinity;

    /// <summary>Creates an empty histogram.</summary>
    /// <param name="relativeAccuracy">The relative accuracy a of the buckets, in [1e-6, 0.5]; 0.01 (1%) by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relativeAccuracy"/> is outside [1e-6, 0.5].</exception>
    public QuantileHistogram(double relativeAccuracy = DefaultRelativeAccuracy)
    {
        if (!(relativeAccuracy >= MinRelativeAccuracy && relativeAccuracy <= MaxRelativeAccuracy))
        {
            throw new ArgumentOutOfRangeException(nameof(relativeAccuracy), relativeAccuracy, $"The relative accuracy must be in [{MinRelativeAccuracy}, {MaxRelativeAccuracy}].");
        }

        RelativeAccuracy = relativeAccuracy;
        _logGamma = Math.Log((1 + relativeAccuracy) / (1 - relativeAccuracy));
        _inverseLogGamma = 1.0 / _logGamma;
    }

    /// <summary>The relative accuracy a the buckets are built for; <see cref="Quantile"/> is within <see cref="QuantileErrorBound"/>.</summary>
    public double RelativeAccuracy { get; }

    /// <summary>The relative error bound of <see cref="Quantile"/>: gamma - 1 = 2a / (1 - a), the relative width of a bucket.</summary>
    public double QuantileErrorBound => Math.Exp(_logGamma) - 1;

    /// <summary>The number of observations.</summary>
    public long Count { get; private set; }

    /// <summary>The number of observations equal to zero.</summary>
    public long ZeroCount { get; private set; }

    /// <summary>The sum of the observations (0 when empty).</summary>
    public double Sum { get; private set; }

    /// <summary>The mean of the observations; NaN when empty.</summary>
    public double Mean => Count == 0 ? double.NaN : Sum / Count;

    /// <summary>The smallest observation, exactly; NaN when empty.</summary>
    public double Min => Count == 0 ? double.NaN : _min;

    /// <summary>The largest observation, exactly; NaN when empty.</summary>
    public double Max => Count == 0 ? double.NaN : _max;

    /// <summary>The number of buckets currently allocated (memory is 8 bytes each).</summary>
    public int AllocatedBuckets => _counts.Length;

    /// <summary>Adds one observation.</summary>
    /// <param name="value">The observation: finite and zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, NaN or infinite.</exception>
    public void Add(double value)
    {
        if (value > 0 && value <= double.MaxValue)
        {
            var index = BucketIndex(value);
            var position = index - _offset;
            if ((uint)position >= (uint)_counts.Length)
            {
                position = EnsureRange(index, index);
            }

            _counts[position]++;
            if (index < _lowest)
            {
                _lowest = index;
            }

            if (index > _highest)
            {
                _highest = index;
            }
        }
        else if (value == 0)
        {
            ZeroCount++;
        }
        else
        {
            ThrowOutOfRange(value);
        }

        Count++;
        Sum += value;
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
    /// Returns the q-quantile: an estimate, within relative error <see cref="QuantileErrorBound"/>,
    /// of the inverse empirical CDF at q, that is of the observation of 1-based rank max(1, ceil(q n))
    /// in sorted order (R's type 1, MathNet's <c>QuantileDefinition.R1</c>), interpolated within its
    /// bucket by rank. q = 0 gives the exact minimum and q = 1 the exact maximum. NaN when the
    /// histogram is empty.
    /// </summary>
    /// <param name="q">The probability, in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="q"/> is outside [0, 1] or NaN.</exception>
    public double Quantile(double q)
    {
        if (!(q >= 0 && q <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(q), q, "The quantile probability must be in [0, 1].");
        }

        if (Count == 0)
        {
            return double.NaN;
        }

        var rank = Math.Clamp((long)Math.Ceiling(q * Count) - 1, 0, Count - 1);
        if (rank == 0)
        {
            return _min;
        }

        if (rank == Count - 1)
        {
            return _max;
        }

        if (rank < ZeroCount)
        {
            return 0.0;
        }

        var cumulative = ZeroCount;
        for (var index = _lowest; index <= _highest; index++)
        {
            var count = _counts[index - _offset];
            if (cumulative + count > rank)
            {
                // The bucket's observations taken as spread evenly over it in log scale: the rank's
                // place among them, at the middle of its share.
                var position = (rank - cumulative + 0.5) / count;
                return Math.Clamp(Math.Exp((index - 1 + position) * _logGamma), _min, _max);
            }

            cumulative += count;
        }

        throw new UnreachableException("Bucket counts do not add up to Count.");
    }

    /// <summary>
    /// Returns how many observations are at most <paramref name="x"/>: exact below the minimum, from
    /// the maximum up and at zero; otherwise every bucket below the one holding x counts whole and
    /// that bucket's share is taken as its observations spread evenly over it in log scale (as
    /// <see cref="Quantile"/> assumes), so the answer can be off by at most that bucket's count.
    /// </summary>
    /// <param name="x">The value; NaN is rejected.</param>
    /// <returns>A count from 0 to <see cref="Count"/>; fractional within a bucket.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is NaN.</exception>
    public double CountAtMost(double x)
    {
        if (double.IsNaN(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "The value must be a number.");
        }

        if (Count == 0 || x < _min)
        {
            return 0;
        }

        if (x >= _max)
        {
            return Count;
        }

        double result = ZeroCount;
        if (x <= 0 || _lowest > _highest)
        {
            return result;
        }

        double position = Math.Log(x) * _inverseLogGamma;
        int bucket = (int)Math.Ceiling(position);
        for (var index = _lowest; index <= Math.Min(bucket - 1, _highest); index++)
        {
            result += _counts[index - _offset];
        }

        if (bucket >= _lowest && bucket <= _highest)
        {
            result += _counts[bucket - _offset] * (position - (bucket - 1));
        }

        return result;
    }

    /// <summary>
    /// Adds the observations of <paramref name="other"/> to this histogram (bucket counts add), so
    /// the result is exactly the histogram of the union; <paramref name="other"/> is unchanged.
    /// </summary>
    /// <param name="other">A histogram with the same <see cref="RelativeAccuracy"/>; may be this one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The relative accuracies differ.</exception>
    public void Merge(QuantileHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.RelativeAccuracy != RelativeAccuracy)
        {
            throw new ArgumentException($"Cannot merge a histogram of relative accuracy {other.RelativeAccuracy} into one of {RelativeAccuracy}.", nameof(other));
        }

        if (other.Count == 0)
        {
            return;
        }

        if (other._lowest <= other._highest)
        {
            // Read other's buckets only after growing: when other is this, growing moves them.
            EnsureRange(other._lowest, other._highest);
            for (var index = other._lowest; index <= other._highest; index++)
            {
                _counts[index - _offset] += other._counts[index - other._offset];
            }

            _lowest = Math.Min(_lowest, other._lowest);
            _highest = Math.Max(_highest, other._highest);
        }

        ZeroCount += other.ZeroCount;
        Count += other.Count;
        Sum += other.Sum;
        _min = Math.Min(_min, other._min);
        _max = Math.Max(_max, other._max);
    }

    /// <summary>Returns an independent copy of this histogram.</summary>
    public QuantileHistogram Clone()
    {
        var copy = new QuantileHistogram(RelativeAccuracy);
        copy.Merge(this);
        return copy;
    }

    /// <summary>Forgets every observation, keeping the allocated buckets.</summary>
    public void Clear()
    {
        Array.Clear(_counts);
        _lowest = int.MaxValue;
        _highest = int.MinValue;
        _min = double.PositiveInfinity;
        _max = double.NegativeInfinity;
        Count = 0;
        ZeroCount = 0;
        Sum = 0;
    }

    /// <summary>The non-empty positive buckets as (index, count), lowest first; for tests.</summary>
    internal IEnumerable<(int Index, long Count)> NonEmptyBuckets()
    {
        for (var index = _lowest; index <= _highest; index++)
        {
            var count = _counts[index - _offset];
            if (count != 0)
            {
                yield return (index, count);
            }
        }
    }

    private static void ThrowOutOfRange(double value) =>
        throw new ArgumentOutOfRangeException(nameof(value), value, "Histogram observations must be finite and zero or more.");

    private int BucketIndex(double value)
    {
        Debug.Assert(value > 0 && double.IsFinite(value));
        return (int)Math.Ceiling(Math.Log(value) * _inverseLogGamma);
    }

    /// <summary>Grows the count array so it covers [low, high]; returns the position of <paramref name="low"/>.</summary>
    private int EnsureRange(int low, int high)
    {
        var oldLength = _counts.Length;
        if (oldLength == 0)
        {
            var length = Math.Max(InitialBuckets, high - low + 1);
            _counts = new long[length];
            // Centre the first values: later data usually spreads both ways.
            _offset = low - ((length - (high - low + 1)) / 2);
            return low - _offset;
        }

        var oldHigh = _offset + oldLength - 1;
        if (low >= _offset && high <= oldHigh)
        {
            return low - _offset;
        }

        var newLow = Math.Min(low, _offset);
        var newHigh = Math.Max(high, oldHigh);
        var newLength = Math.Max(newHigh - newLow + 1, 2 * oldLength);
        // Put the spare room on the side that grew, where further values are likely.
        var newOffset = low < _offset ? newHigh - newLength + 1 : newLow;
        var grown = new long[newLength];
        Array.Copy(_counts, 0, grown, _offset - newOffset, oldLength);
        _counts = grown;
        _offset = newOffset;
        return low - _offset;
    }
}
