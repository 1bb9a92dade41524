using Sim.Engine.Randomness;
using Sim.Engine.Statistics;

namespace Sim.Engine.Tests.Statistics;

public sealed class ReplicationSummaryTests
{
    [Fact]
    public void FromValues_OneToFive_HandComputedInterval()
    {
        // s = sqrt(2.5); t(4, 0.975) = 2.7764451051977987 (standard tables); hw = t s / sqrt(5).
        var summary = ReplicationSummary.FromValues([1.0, 2.0, 3.0, 4.0, 5.0]);
        var halfWidth = 2.7764451051977987 * Math.Sqrt(2.5) / Math.Sqrt(5);

        Assert.Equal(5, summary.Count);
        Assert.Equal(3, summary.Mean, 1e-15);
        Assert.Equal(Math.Sqrt(2.5), summary.StandardDeviation, 1e-15);
        Assert.Equal(halfWidth, summary.HalfWidth, 1e-9);
        Assert.Equal(3 - halfWidth, summary.LowerBound, 1e-9);
        Assert.Equal(3 + halfWidth, summary.UpperBound, 1e-9);
        Assert.Equal(0.95, summary.ConfidenceLevel);
    }

    [Fact]
    public void WithConfidenceLevel_99_WiderWithTableQuantile()
    {
        // t(4, 0.995) = 4.604094871350383.
        var summary = ReplicationSummary.FromValues([1.0, 2.0, 3.0, 4.0, 5.0]).WithConfidenceLevel(0.99);
        Assert.Equal(4.604094871350383 * Math.Sqrt(0.5), summary.HalfWidth, 1e-9);
    }

    [Fact]
    public void FromValues_SingleReplication_InfiniteHalfWidth()
    {
        var summary = ReplicationSummary.FromValues([4.0]);

        Assert.Equal(4, summary.Mean);
        Assert.Equal(double.PositiveInfinity, summary.HalfWidth);
        Assert.Equal(double.NegativeInfinity, summary.LowerBound);
        Assert.True(double.IsNaN(summary.StandardDeviation));
    }

    [Fact]
    public void FromValues_None_AllNaN()
    {
        var summary = ReplicationSummary.FromValues([]);

        Assert.Equal(0, summary.Count);
        Assert.True(double.IsNaN(summary.Mean));
        Assert.True(double.IsNaN(summary.HalfWidth));
    }

    [Fact]
    public void Merge_TwoBatches_EqualsSummaryOfAll()
    {
        var rng = new RandomStream(9);
        var values = Enumerable.Range(0, 37).Select(_ => 10 + rng.NextUnit()).ToArray();
        var all = ReplicationSummary.FromValues(values);
        var merged = ReplicationSummary.FromValues(values[..12]).Merge(ReplicationSummary.FromValues(values[12..]));

        Assert.Equal(all.Count, merged.Count);
        Assert.True(Math.Abs(all.Mean - merged.Mean) <= 1e-12 * all.Mean);
        Assert.True(Math.Abs(all.HalfWidth - merged.HalfWidth) <= 1e-12 * all.HalfWidth);
        Assert.Equal(all.Min, merged.Min);
        Assert.Equal(all.Max, merged.Max);
    }

    [Fact]
    public void FromTally_ThenTallyChanges_SummaryUnchanged()
    {
        var tally = new Tally();
        tally.Add(1);
        tally.Add(3);
        var summary = ReplicationSummary.FromTally(tally);
        tally.Add(100);

        Assert.Equal(2, summary.Count);
        Assert.Equal(2, summary.Mean);
        Assert.Equal(2, summary.ToTally().Count);
    }

    [Fact]
    public void HalfWidth_ManyStudies_CoversTrueMeanAtNominalRate()
    {
        // 4,000 studies of 10 normal replications each: the 95% interval should cover the true mean
        // in 95% of them. The binomial standard error of the coverage is sqrt(0.95 * 0.05 / 4000) =
        // 0.0034, and the tolerance is 4.5 of them (+-0.0155): a wrong t quantile (for example
        // the normal 1.96 instead of t(9) = 2.26, coverage 0.92) fails.
        const int Studies = 4_000;
        var normal = new Normal(100, 15);
        var rng = new RandomStream(10);
        var covered = 0;
        var values = new double[10];
        for (var study = 0; study < Studies; study++)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = normal.Sample(rng);
            }

            var summary = ReplicationSummary.FromValues(values);
            covered += summary.LowerBound <= 100 && 100 <= summary.UpperBound ? 1 : 0;
        }

        Assert.InRange(covered / (double)Studies, 0.95 - 0.0155, 0.95 + 0.0155);
    }

    [Fact]
    public void Merge_DifferentConfidenceLevels_Throws() =>
        Assert.Throws<ArgumentException>(() => ReplicationSummary.FromValues([1.0, 2.0]).Merge(ReplicationSummary.FromValues([1.0, 2.0], 0.9)));

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void FromValues_ConfidenceOutOfRange_Throws(double level) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReplicationSummary.FromValues([1.0, 2.0], level));
}
