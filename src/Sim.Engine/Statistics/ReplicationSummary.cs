using MathNet.Numerics.Distributions;

namespace Sim.Engine.Statistics;

/// <summary>
/// The across-replication summary of one output measure: the replications' values (one per
/// replication, for example each replication's mean waiting time) give a mean, a standard
/// deviation and a Student-t confidence interval for the expected value. Summaries of disjoint sets
/// of replications merge exactly into the summary of all of them.
/// </summary>
/// <remarks>
/// The half-width is t(n-1, 1 - (1 - level)/2) * s / sqrt(n), with the Student-t quantile from
/// MathNet.Numerics; it assumes independent, roughly normal replication values. With n = 1 the
/// half-width is +infinity (no spread can be estimated) and the interval is (-inf, +inf); with
/// n = 0 every statistic is NaN. Immutable and thread-safe.
/// </remarks>
public sealed class ReplicationSummary
{
    /// <summary>The default confidence level, 0.95.</summary>
    public const double DefaultConfidenceLevel = 0.95;

    private readonly Tally _values;

    private ReplicationSummary(Tally values, double confidenceLevel)
    {
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must be strictly between 0 and 1.");
        }

        _values = values;
        ConfidenceLevel = confidenceLevel;
        HalfWidth = values.Count switch
        {
            0 => double.NaN,
            1 => double.PositiveInfinity,
            _ => StudentT.InvCDF(0, 1, values.Count - 1, 1 - ((1 - confidenceLevel) / 2)) * values.StandardError,
        };
    }

    /// <summary>The number of replications n.</summary>
    public long Count => _values.Count;

    /// <summary>The mean of the replication values (the point estimate); NaN when n = 0.</summary>
    public double Mean => _values.Mean;

    /// <summary>The sample variance of the replication values (divisor n - 1); NaN when n &lt; 2.</summary>
    public double Variance => _values.Variance;

    /// <summary>The sample standard deviation of the replication values; NaN when n &lt; 2.</summary>
    public double StandardDeviation => _values.StandardDeviation;

    /// <summary>The standard error of the mean, s / sqrt(n); NaN when n &lt; 2.</summary>
    public double StandardError => _values.StandardError;

    /// <summary>The smallest replication value; NaN when n = 0.</summary>
    public double Min => _values.Min;

    /// <summary>The largest replication value; NaN when n = 0.</summary>
    public double Max => _values.Max;

    /// <summary>The two-sided confidence level of the interval, for example 0.95.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>The half-width of the confidence interval; +infinity when n = 1, NaN when n = 0.</summary>
    public double HalfWidth { get; }

    /// <summary>The lower end of the confidence interval, <see cref="Mean"/> - <see cref="HalfWidth"/>.</summary>
    public double LowerBound => Mean - HalfWidth;

    /// <summary>The upper end of the confidence interval, <see cref="Mean"/> + <see cref="HalfWidth"/>.</summary>
    public double UpperBound => Mean + HalfWidth;

    /// <summary>Summarises one value per replication.</summary>
    /// <param name="values">The replication values, each finite.</param>
    /// <param name="confidenceLevel">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, or the confidence level is out of range.</exception>
    public static ReplicationSummary FromValues(IEnumerable<double> values, double confidenceLevel = DefaultConfidenceLevel)
    {
        ArgumentNullException.ThrowIfNull(values);
        var tally = new Tally();
        foreach (var value in values)
        {
            tally.Add(value);
        }

        return new ReplicationSummary(tally, confidenceLevel);
    }

    /// <summary>Summarises a tally whose observations are one value per replication (the tally is copied).</summary>
    /// <param name="replicationValues">A tally of the replication values.</param>
    /// <param name="confidenceLevel">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="replicationValues"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The confidence level is out of range.</exception>
    public static ReplicationSummary FromTally(Tally replicationValues, double confidenceLevel = DefaultConfidenceLevel)
    {
        ArgumentNullException.ThrowIfNull(replicationValues);
        return new ReplicationSummary(replicationValues.Clone(), confidenceLevel);
    }

    /// <summary>Returns the summary of the replications of this and <paramref name="other"/> together (exact pooling).</summary>
    /// <param name="other">A summary of other replications, with the same confidence level.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The confidence levels differ.</exception>
    public ReplicationSummary Merge(ReplicationSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.ConfidenceLevel != ConfidenceLevel)
        {
            throw new ArgumentException($"Cannot merge a summary at confidence level {other.ConfidenceLevel} with one at {ConfidenceLevel}.", nameof(other));
        }

        var pooled = _values.Clone();
        pooled.Merge(other._values);
        return new ReplicationSummary(pooled, ConfidenceLevel);
    }

    /// <summary>Returns the same replications summarised at another confidence level.</summary>
    /// <param name="confidenceLevel">The confidence level, strictly between 0 and 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The confidence level is out of range.</exception>
    public ReplicationSummary WithConfidenceLevel(double confidenceLevel) => new(_values, confidenceLevel);

    /// <summary>Returns a copy of the tally of replication values (mutating it does not affect this summary).</summary>
    public Tally ToTally() => _values.Clone();
}
