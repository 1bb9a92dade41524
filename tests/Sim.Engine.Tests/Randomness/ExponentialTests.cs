using Sim.Engine.Randomness;
using MnExponential = MathNet.Numerics.Distributions.Exponential;

namespace Sim.Engine.Tests.Randomness;

public sealed class ExponentialTests
{
    [Fact]
    public void Sample_Mean2_MomentsMatch() => DistributionAssert.MomentsMatch(new Exponential(2.0), 101);

    [Fact]
    public void Sample_Mean2_FollowsMathNetCdf() =>
        DistributionAssert.FollowsCdf(new Exponential(2.0), x => MnExponential.CDF(0.5, x), 102);

    [Fact]
    public void FromRate_Rate4_MeanQuarter()
    {
        var distribution = Exponential.FromRate(4);
        Assert.Equal(0.25, distribution.Mean);
        Assert.Equal(4, distribution.Rate);
        Assert.Equal(0.0625, distribution.Variance);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_InvalidMean_Throws(double mean)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new Exponential(mean));
        Assert.Equal("mean", exception.ParamName);
    }
}
