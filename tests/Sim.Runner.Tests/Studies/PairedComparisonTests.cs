using Sim.Runner.Studies;

namespace Sim.Runner.Tests.Studies;

public sealed class PairedComparisonTests
{
    [Fact]
    public void Compare_RunWithItself_ZeroDifferenceOfZeroWidthAndFullVarianceReduction()
    {
        double[] values = [3.1, 2.7, 3.9, 3.3, 2.2];

        var d = PairedComparison.Compare(values, values);

        Assert.Equal(5, d.Pairs);
        Assert.Equal(0.0, d.Difference);
        Assert.Equal(0.0, d.PairedHalfWidth);
        Assert.True(d.UnpairedHalfWidth > 0.5);
        Assert.Equal(1.0, d.VarianceReduction);
        Assert.False(d.Significant);
    }

    [Fact]
    public void Compare_KnownPairs_PairedTAndWelchIntervals()
    {
        double[] a = [10, 12, 11, 13];
        double[] b = [11, 14, 12, 15];

        var d = PairedComparison.Compare(a, b);

        // Differences 1, 2, 1, 2: mean 1.5, sd 0.57735, t(0.975, 3) = 3.182446.
        Assert.Equal(1.5, d.Difference, 12);
        Assert.Equal(3.182446 * 0.5773503 / 2, d.PairedHalfWidth, 5);
        // Var(a) = 1.666667, Var(b) = 3.333333, Var(d) = 0.333333: 1 - 0.333333 / 5.
        Assert.Equal(1 - (1.0 / 3 / 5), d.VarianceReduction, 12);
        // Welch: se^2 = (1.666667 + 3.333333) / 4 = 1.25, df = 1.25^2 / ((0.416667^2 + 0.833333^2) / 3) = 5.4; t(0.975, 5.4) = 2.5144 (2.5156 by harmonic interpolation between df 5 and 6).
        Assert.Equal(2.5144 * Math.Sqrt(1.25), d.UnpairedHalfWidth, 3);
        Assert.True(d.Significant);
    }

    [Fact]
    public void Compare_UndefinedValues_PairsOnlyReplicationsDefinedInBoth()
    {
        var d = PairedComparison.Compare([1, double.NaN, 3, 4], [2, 5, double.NaN, 6]);

        Assert.Equal(2, d.Pairs);
        Assert.Equal(1.5, d.Difference, 12);
        Assert.Equal(2.5, d.MeanA, 12);
    }

    [Fact]
    public void Compare_OnePair_IntervalsUndefined()
    {
        var d = PairedComparison.Compare([1.0], [2.0]);

        Assert.Equal(1.0, d.Difference);
        Assert.True(double.IsNaN(d.PairedHalfWidth));
        Assert.True(double.IsNaN(d.UnpairedHalfWidth));
    }

    [Fact]
    public void Compare_NeitherVaries_ZeroWidthsAndNoVarianceReduction()
    {
        var d = PairedComparison.Compare([4.0, 4.0, 4.0], [5.0, 5.0, 5.0]);

        Assert.Equal(1.0, d.Difference);
        Assert.Equal(0.0, d.PairedHalfWidth);
        Assert.Equal(0.0, d.UnpairedHalfWidth);
        Assert.True(double.IsNaN(d.VarianceReduction));
    }
}
