using MathNet.Numerics.Statistics;
using Sim.Engine.Randomness;
using Sim.Engine.Statistics;

namespace Sim.Engine.Tests.Statistics;

public sealed class TallyTests
{
    private static double[] Data(ulong seed, int count, double offset = 0)
    {
        var rng = new RandomStream(seed);
        var distribution = LogNormal.FromMeanAndCv(10, 1.5);
        return [.. Enumerable.Range(0, count).Select(_ => offset + distribution.Sample(rng))];
    }

    private static Tally TallyOf(IEnumerable<double> values)
    {
        var tally = new Tally();
        foreach (var value in values)
        {
            tally.Add(value);
        }

        return tally;
    }

    private static void AssertRelative(double expected, double actual, double tolerance = 1e-12) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"expected {expected}, got {actual}");

    [Fact]
    public void Add_OneToTen_HandComputedStatistics()
    {
        var tally = TallyOf(Enumerable.Range(1, 10).Select(i => (double)i));

        Assert.Equal(10, tally.Count);
        Assert.Equal(55, tally.Sum);
        Assert.Equal(5.5, tally.Mean, 1e-15);
        Assert.Equal(55 / 6.0, tally.Variance, 1e-14);
        Assert.Equal(8.25, tally.PopulationVariance, 1e-14);
        Assert.Equal(1, tally.Min);
        Assert.Equal(10, tally.Max);
    }

    [Fact]
    public void Add_RandomData_MatchesMathNetTwoPass()
    {
        var data = Data(1, 10_000);
        var tally = TallyOf(data);

        AssertRelative(ArrayStatistics.Mean(data), tally.Mean);
        AssertRelative(ArrayStatistics.Variance(data), tally.Variance, 1e-11);
        AssertRelative(Math.Sqrt(ArrayStatistics.Variance(data)) / 100, tally.StandardError, 1e-11);
        Assert.Equal(data.Min(), tally.Min);
        Assert.Equal(data.Max(), tally.Max);
    }

    [Fact]
    public void Add_LargeOffset_VarianceStable()
    {
        // A naive sum-of-squares formula loses all digits here (1e9^2 swamps a variance near 600);
        // Welford keeps about 1e-7 relative, far better than the 1e-5 asserted.
        var data = Data(2, 10_000, offset: 1e9);
        var tally = TallyOf(data);
        AssertRelative(ArrayStatistics.Variance(data), tally.Variance, 1e-5);
    }

    [Fact]
    public void Merge_UnevenSplitsWithEmptyPart_EqualsSingleRun()
    {
        var data = Data(3, 10_001);
        var whole = TallyOf(data);

        var merged = new Tally();
        merged.Merge(TallyOf(data[..1]));
        merged.Merge(new Tally());
        merged.Merge(TallyOf(data[1..7000]));
        merged.Merge(TallyOf(data[7000..]));

        Assert.Equal(whole.Count, merged.Count);
        AssertRelative(whole.Mean, merged.Mean);
        AssertRelative(whole.Variance, merged.Variance);
        AssertRelative(whole.Sum, merged.Sum);
        Assert.Equal(whole.Min, merged.Min);
        Assert.Equal(whole.Max, merged.Max);
    }

    [Fact]
    public void Merge_Self_DoublesEveryObservation()
    {
        var data = Data(4, 101);
        var tally = TallyOf(data);
        tally.Merge(tally);
        var doubled = TallyOf(data.Concat(data));

        Assert.Equal(doubled.Count, tally.Count);
        AssertRelative(doubled.Mean, tally.Mean);
        AssertRelative(doubled.Variance, tally.Variance);
    }

    [Fact]
    public void Clone_ThenAdd_OriginalUnchanged()
    {
        var tally = TallyOf([1.0, 2.0]);
        var clone = tally.Clone();
        clone.Add(100);

        Assert.Equal(2, tally.Count);
        Assert.Equal(1.5, tally.Mean);
        Assert.Equal(3, clone.Count);
    }

    [Fact]
    public void Empty_Statistics_AreNaN()
    {
        var tally = new Tally();
        Assert.True(double.IsNaN(tally.Mean));
        Assert.True(double.IsNaN(tally.Min));
        Assert.True(double.IsNaN(tally.Max));
        tally.Add(3);
        Assert.True(double.IsNaN(tally.Variance));
        Assert.Equal(0, tally.PopulationVariance);
    }

    [Fact]
    public void Clear_AfterData_Empty()
    {
        var tally = TallyOf([5.0, 7.0]);
        tally.Clear();
        tally.Add(1);
        Assert.Equal(1, tally.Count);
        Assert.Equal(1, tally.Max);
        Assert.Equal(1, tally.Sum);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Add_NotFinite_Throws(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Tally().Add(value));
}
