using Sim.Engine.Randomness;
using Sim.Engine.Statistics;

namespace Sim.Engine.Tests.Statistics;

public sealed class TimeWeightedTests
{
    [Fact]
    public void Update_HandCase_MeanVarianceMinMax()
    {
        // Level 0 on [0,1), 2 on [1,3), 1 on [3,5]: area 0 + 4 + 2 = 6 over 5; squares 0 + 8 + 2 = 10.
        var level = new TimeWeighted(0);
        level.Update(1, 2);
        level.Update(3, 1);
        level.Finish(5);

        Assert.Equal(5, level.Duration);
        Assert.Equal(6, level.Area);
        Assert.Equal(1.2, level.Mean, 1e-15);
        Assert.Equal((10 / 5.0) - (1.2 * 1.2), level.Variance, 1e-14);
        Assert.Equal(0, level.Min);
        Assert.Equal(2, level.Max);
        Assert.Equal(1, level.Level);
        Assert.Equal(5, level.Time);
    }

    [Fact]
    public void Update_SameTimeTwice_ZeroWidthLevelCountsOnlyForMax()
    {
        var level = new TimeWeighted(10, 1);
        level.Update(12, 5);
        level.Update(12, 2);
        level.Finish(14);

        Assert.Equal(1.5, level.Mean, 1e-15);
        Assert.Equal(5, level.Max);
    }

    [Fact]
    public void Merge_RunSplitInTwo_EqualsSingleRun()
    {
        var rng = new RandomStream(7);
        var changes = new List<(double Time, double Level)>();
        var time = 0.0;
        for (var i = 0; i < 10_000; i++)
        {
            time += rng.NextUnit();
            changes.Add((time, rng.Next(20)));
        }

        const double Split = 2_500;
        var end = time + 1;
        var whole = new TimeWeighted(0);
        var first = new TimeWeighted(0);
        foreach (var (t, level) in changes)
        {
            whole.Update(t, level);
            if (t < Split)
            {
                first.Update(t, level);
            }
        }

        whole.Finish(end);
        first.Finish(Split);
        var second = new TimeWeighted(Split, first.Level);
        foreach (var (t, level) in changes.Where(c => c.Time >= Split))
        {
            second.Update(t, level);
        }

        second.Finish(end);
        first.Merge(second);

        Assert.Equal(whole.Duration, first.Duration, 1e-9);
        Assert.True(Math.Abs(whole.Mean - first.Mean) <= 1e-12 * whole.Mean, $"{whole.Mean} vs {first.Mean}");
        Assert.True(Math.Abs(whole.Variance - first.Variance) <= 1e-10 * whole.Variance, $"{whole.Variance} vs {first.Variance}");
        Assert.Equal(whole.Max, first.Max);
        Assert.Equal(whole.Min, first.Min);
    }

    [Fact]
    public void Merge_TwoReplications_MeanWeightedByDuration()
    {
        var a = new TimeWeighted(0, 2);
        a.Finish(1);
        var b = new TimeWeighted(0, 5);
        b.Finish(3);
        a.Merge(b);

        Assert.Equal(4, a.Duration);
        Assert.Equal(17 / 4.0, a.Mean, 1e-15);
        Assert.Equal(5, a.Max);
    }

    [Fact]
    public void Reset_AfterWarmUp_ForgetsHistoryKeepsLevel()
    {
        var level = new TimeWeighted(0, 100);
        level.Update(10, 3);
        level.Reset(20);
        level.Finish(30);

        Assert.Equal(10, level.Duration);
        Assert.Equal(3, level.Mean);
        Assert.Equal(3, level.Max);
    }

    [Fact]
    public void Mean_NoTimePassed_NaN() => Assert.True(double.IsNaN(new TimeWeighted(5, 1).Mean));

    [Fact]
    public void Update_TimeGoesBackOrNotFinite_Throws()
    {
        var level = new TimeWeighted(0);
        level.Update(2, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => level.Update(1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => level.Update(double.NaN, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => level.Update(3, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => level.Finish(double.PositiveInfinity));
    }
}
