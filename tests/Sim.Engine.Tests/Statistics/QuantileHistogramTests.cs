using MathNet.Numerics.Statistics;
using Sim.Engine.Randomness;
using Sim.Engine.Statistics;

namespace Sim.Engine.Tests.Statistics;

public sealed class QuantileHistogramTests
{
    // Floating-point rounding of log and exp at bucket boundaries may push the error a few ulps
    // past the bound; 1e-9 relative slack covers that and nothing else.
    private const double RoundingSlack = 1e-9;

    private static readonly double[] Probabilities =
        [0, 1e-4, 0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 0.9999, 1];

    private static double[] Draw(IDistribution distribution, ulong seed, int count)
    {
        var rng = new RandomStream(seed);
        return [.. Enumerable.Range(0, count).Select(_ => distribution.Sample(rng))];
    }

    private static QuantileHistogram HistogramOf(IEnumerable<double> values, double alpha = QuantileHistogram.DefaultRelativeAccuracy)
    {
        var histogram = new QuantileHistogram(alpha);
        foreach (var value in values)
        {
            histogram.Add(value);
        }

        return histogram;
    }

    private static void AssertWithinRelativeError(double[] data, QuantileHistogram histogram, IEnumerable<double> probabilities)
    {
        var sorted = (double[])data.Clone();
        Array.Sort(sorted);
        var bound = histogram.QuantileErrorBound * (1 + RoundingSlack);
        foreach (var q in probabilities)
        {
            var exact = SortedArrayStatistics.QuantileCustom(sorted, q, QuantileDefinition.R1);
            var estimate = histogram.Quantile(q);
            var error = exact == 0 ? Math.Abs(estimate) : Math.Abs(estimate - exact) / exact;
            Assert.True(error <= bound, $"q = {q}: exact {exact}, estimate {estimate}, relative error {error} > {bound}");
        }
    }

    public static TheoryData<string, double> Cases => new()
    {
        { "lognormal", 0.01 },
        { "lognormal", 0.001 },
        { "exponential", 0.01 },
        { "exponential", 0.0001 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Quantile_200kSamples_WithinBucketWidthOfExactSampleQuantile(string name, double alpha)
    {
        IDistribution distribution = name == "lognormal" ? LogNormal.FromMeanAndCv(48, 2) : new Exponential(3);
        var data = Draw(distribution, 42, 200_000);
        var histogram = HistogramOf(data, alpha);

        // Every 0.001 step plus the extreme tails: the guarantee is deterministic, for every q.
        AssertWithinRelativeError(data, histogram, Probabilities.Concat(Enumerable.Range(0, 1001).Select(i => i / 1000.0)));
        Assert.Equal(200_000, histogram.Count);
        Assert.Equal(data.Min(), histogram.Min);
        Assert.Equal(data.Max(), histogram.Max);
    }

    [Fact]
    public void Quantile_SameBucketDifferentCounts_EstimatesDiffer()
    {
        // Two replications whose 95th percentile falls in the same bucket (values between 5 and
        // 5.001) but with different shares below it: a bucket's single representative would give both
        // the same value, and the replications' confidence interval a zero width.
        var values = Enumerable.Range(0, 30).Select(i => 5 + (i * 1e-5)).ToArray();
        var first = HistogramOf([.. Enumerable.Repeat(1.0, 80), .. values[..19], 100]);
        var second = HistogramOf([.. Enumerable.Repeat(1.0, 70), .. values[..29], 100]);

        double a = first.Quantile(0.95);
        double b = second.Quantile(0.95);

        Assert.NotEqual(a, b);
        Assert.InRange(a, 5 / (1 + first.QuantileErrorBound), 5.001 * (1 + first.QuantileErrorBound));
        Assert.InRange(b, 5 / (1 + second.QuantileErrorBound), 5.001 * (1 + second.QuantileErrorBound));
    }

    [Fact]
    public void QuantileErrorBound_IsTheBucketWidth() =>
        Assert.Equal(2 * 0.001 / (1 - 0.001), new QuantileHistogram(0.001).QuantileErrorBound, 12);

    [Fact]
    public void Quantile_DecadeSpacedValues_RankIsInverseEmpiricalCdf()
    {
        // Values a factor 10 apart: any off-by-one rank would show as a 900% error.
        double[] data = [1000, 1, 100000, 10, 100];
        var histogram = HistogramOf(data);

        AssertWithinRelativeError(data, histogram, Enumerable.Range(0, 101).Select(i => i / 100.0).Concat([0.2, 0.4, 0.6, 0.8, 0.1999999, 0.2000001]));
    }

    [Fact]
    public void Quantile_ManyZeros_ZeroThenPositive()
    {
        double[] data = [.. Enumerable.Repeat(0.0, 300), .. Draw(new Exponential(1), 5, 700)];
        var histogram = HistogramOf(data);

        Assert.Equal(300, histogram.ZeroCount);
        Assert.Equal(0, histogram.Quantile(0.3));
        Assert.True(histogram.Quantile(0.3001) > 0);
        AssertWithinRelativeError(data, histogram, Probabilities);
    }

    [Fact]
    public void Merge_ThreeParts_IdenticalToHistogramOfUnion()
    {
        var data = Draw(LogNormal.FromMeanAndCv(10, 3), 43, 30_000);
        data[17] = 0;
        var union = HistogramOf(data);

        var merged = new QuantileHistogram();
        merged.Merge(HistogramOf(data[..10]));
        merged.Merge(HistogramOf(data[10..20_000]));
        merged.Merge(new QuantileHistogram());
        merged.Merge(HistogramOf(data[20_000..]));

        Assert.Equal(union.NonEmptyBuckets(), merged.NonEmptyBuckets());
        Assert.Equal(union.Count, merged.Count);
        Assert.Equal(union.ZeroCount, merged.ZeroCount);
        Assert.Equal(union.Min, merged.Min);
        Assert.Equal(union.Max, merged.Max);
        Assert.True(Math.Abs(union.Sum - merged.Sum) <= 1e-12 * union.Sum);
        foreach (var q in Enumerable.Range(0, 1001).Select(i => i / 1000.0))
        {
            Assert.Equal(union.Quantile(q), merged.Quantile(q));
        }
    }

    [Fact]
    public void Merge_Self_DoublesCounts()
    {
        var histogram = HistogramOf([1.0, 2.0, 3.0, 1e6, 1e-6]);
        var doubled = HistogramOf([1.0, 2.0, 3.0, 1e6, 1e-6, 1.0, 2.0, 3.0, 1e6, 1e-6]);
        histogram.Merge(histogram);

        Assert.Equal(doubled.NonEmptyBuckets(), histogram.NonEmptyBuckets());
        Assert.Equal(10, histogram.Count);
    }

    [Fact]
    public void Merge_DifferentAccuracy_Throws() =>
        Assert.Throws<ArgumentException>(() => new QuantileHistogram(0.01).Merge(new QuantileHistogram(0.02)));

    [Fact]
    public void Clone_ThenAdd_OriginalUnchanged()
    {
        var histogram = HistogramOf([1.0, 2.0]);
        var clone = histogram.Clone();
        clone.Add(50);

        Assert.Equal(2, histogram.Count);
        Assert.Equal(2, histogram.Max);
        Assert.Equal(3, clone.Count);
    }

    [Fact]
    public void Add_SteadyStateWithinSeenRange_AllocatesNothing()
    {
        var data = Draw(LogNormal.FromMeanAndCv(10, 1), 44, 100_000);
        var histogram = new QuantileHistogram();
        histogram.Add(data.Min());
        histogram.Add(data.Max());

        // A first pass lets the JIT settle (on-stack replacement of a long loop may allocate on this
        // thread); the second pass is measured.
        AddAll();
        var before = GC.GetAllocatedBytesForCurrentThread();
        AddAll();

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(200_002, histogram.Count);

        void AddAll()
        {
            foreach (var value in data)
            {
                histogram.Add(value);
            }
        }
    }

    [Fact]
    public void Add_ExtremeRange_MemoryBounded()
    {
        // The whole positive double range needs about 1490 / (2 alpha) buckets; growth by doubling
        // can at most double that.
        var histogram = HistogramOf([double.Epsilon, 1.0, double.MaxValue]);

        Assert.InRange(histogram.AllocatedBuckets, 1, 2 * 750 / histogram.RelativeAccuracy);
        Assert.Equal(double.MaxValue, histogram.Quantile(1));
        Assert.Equal(double.Epsilon, histogram.Quantile(0));
        Assert.InRange(histogram.Quantile(0.5), 0.99 * (1 - RoundingSlack), 1.01);
    }

    [Fact]
    public void Quantile_Empty_NaN() => Assert.True(double.IsNaN(new QuantileHistogram().Quantile(0.5)));

    [Fact]
    public void Clear_AfterData_Empty()
    {
        var histogram = HistogramOf([3.0, 0.0]);
        histogram.Clear();
        histogram.Add(5);

        Assert.Equal(1, histogram.Count);
        Assert.Equal(0, histogram.ZeroCount);
        Assert.Equal(5, histogram.Quantile(0.5));
        Assert.Equal(5, histogram.Mean);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Add_NegativeOrNotFinite_Throws(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new QuantileHistogram().Add(value));

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.6)]
    [InlineData(double.NaN)]
    public void Constructor_AccuracyOutOfRange_Throws(double alpha) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new QuantileHistogram(alpha));

    [Fact]
    public void Quantile_ProbabilityOutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new QuantileHistogram().Quantile(1.5));

    [Fact]
    public void CountAtMost_OutsideTheData_IsExact()
    {
        var histogram = HistogramOf([0.0, 0.0, 2.0, 3.0, 5.0]);

        Assert.Equal(0, histogram.CountAtMost(-1));
        Assert.Equal(2, histogram.CountAtMost(0));
        Assert.Equal(2, histogram.CountAtMost(1.9));
        Assert.Equal(5, histogram.CountAtMost(5));
        Assert.Equal(5, histogram.CountAtMost(1e9));
        Assert.Equal(0, new QuantileHistogram().CountAtMost(3));
    }

    [Fact]
    public void CountAtMost_LogNormalSample_WithinTheCountOfTheBucketHoldingX()
    {
        // 20,000 draws from a fixed seed; at 0.1% relative accuracy a bucket spans 0.2% in value, so
        // the estimate may be off by at most the sample values that share x's bucket.
        const double accuracy = 0.001;
        var random = new Random(17);
        double[] sample = [.. Enumerable.Range(0, 20_000).Select(_ => Math.Exp(2 + (0.6 * Normal(random))))];
        var histogram = new QuantileHistogram(accuracy);
        foreach (double value in sample)
        {
            histogram.Add(value);
        }

        double gamma = (1 + accuracy) / (1 - accuracy);
        foreach (double x in new[] { 3.0, 5.5, 7.389, 10.0, 14.2, 30.0 })
        {
            int exact = sample.Count(v => v <= x);
            int sharing = sample.Count(v => v > x / gamma && v <= x * gamma);
            Assert.InRange(histogram.CountAtMost(x), exact - sharing - 1e-9, exact + sharing + 1e-9);
        }
    }

    [Fact]
    public void CountAtMost_AtAQuantile_GivesBackItsRankWithinOneBucket()
    {
        var random = new Random(5);
        var histogram = new QuantileHistogram(0.001);
        for (int i = 0; i < 10_000; i++)
        {
            histogram.Add(Math.Exp(Normal(random)));
        }

        foreach (double q in new[] { 0.1, 0.5, 0.9, 0.99 })
        {
            // Quantile interpolates inside its bucket as CountAtMost does, so the two agree to within a rank.
            Assert.InRange(histogram.CountAtMost(histogram.Quantile(q)), (q * 10_000) - 1, (q * 10_000) + 1);
        }
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
