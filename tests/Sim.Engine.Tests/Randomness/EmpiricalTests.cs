using Sim.Engine.Randomness;

namespace Sim.Engine.Tests.Randomness;

public sealed class EmpiricalTests
{
    private static readonly double[] Data = [4.0, 1.0, 2.5, 9.0, 2.5, 6.0];

    [Fact]
    public void Sample_Resampling_OnlyDataValuesWithEqualFrequency()
    {
        var distribution = new Empirical(Data);
        var samples = DistributionAssert.Draw(distribution, 1001);

        Assert.All(samples, x => Assert.Contains(x, Data));
        // 2.5 appears twice in six values: p = 1/3; 4.5 binomial standard errors over 200,000 draws.
        var frequency = samples.Count(x => x == 2.5) / (double)samples.Length;
        Assert.InRange(frequency, (1 / 3.0) - (4.5 * Math.Sqrt(2 / 9.0 / samples.Length)), (1 / 3.0) + (4.5 * Math.Sqrt(2 / 9.0 / samples.Length)));
    }

    [Fact]
    public void Mean_Resampling_DataMeanAndPopulationVariance()
    {
        var distribution = new Empirical(Data);
        var mean = Data.Average();
        Assert.Equal(mean, distribution.Mean, 1e-12);
        Assert.Equal(Data.Sum(x => (x - mean) * (x - mean)) / Data.Length, distribution.Variance, 1e-12);
        Assert.Equal(6, distribution.Count);
    }

    [Fact]
    public void Sample_Resampling_MomentsMatch() => DistributionAssert.MomentsMatch(new Empirical(Data), 1002);

    [Fact]
    public void Sample_Interpolated_MomentsMatch() => DistributionAssert.MomentsMatch(new Empirical(Data, interpolate: true), 1003);

    [Fact]
    public void Sample_Interpolated_FollowsPiecewiseLinearCdf()
    {
        // Distinct values (the KS test needs a continuous CDF), placed at probabilities 0, 0.25, ..., 1.
        double[] knots = [1.0, 2.5, 4.0, 6.0, 9.0];
        double Cdf(double x)
        {
            var i = Array.FindLastIndex(knots, k => k <= x);
            if (i < 0)
            {
                return 0;
            }

            return i == knots.Length - 1 ? 1 : (i + ((x - knots[i]) / (knots[i + 1] - knots[i]))) / (knots.Length - 1);
        }

        DistributionAssert.FollowsCdf(new Empirical([6.0, 1.0, 9.0, 2.5, 4.0], interpolate: true), Cdf, 1004);
    }

    [Fact]
    public void Mean_InterpolatedTwoPoints_UniformMoments()
    {
        var distribution = new Empirical([2.0, 8.0], interpolate: true);
        Assert.Equal(5, distribution.Mean, 1e-12);
        Assert.Equal(3, distribution.Variance, 1e-12);
    }

    [Fact]
    public void Sample_SingleValue_AlwaysThatValue()
    {
        var rng = new RandomStream(1005);
        Assert.Equal(7, new Empirical([7.0], interpolate: true).Sample(rng));
        Assert.Equal(7, new Empirical([7.0]).Sample(rng));
    }

    [Fact]
    public void Constructor_EmptyOrNonFinite_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Empirical([]));
        var exception = Assert.Throws<ArgumentException>(() => new Empirical([1.0, double.NaN]));
        Assert.Contains("Sample 1", exception.Message, StringComparison.Ordinal);
    }
}
