using Sim.Engine.Randomness;
using MnGamma = MathNet.Numerics.Distributions.Gamma;

namespace Sim.Engine.Tests.Randomness;

public sealed class GammaTests
{
    [Theory]
    [InlineData(2.5, 0.5, 301UL)]
    [InlineData(0.4, 3.0, 302UL)]
    public void Sample_ShapeScale_MomentsMatch(double shape, double scale, ulong seed) =>
        DistributionAssert.MomentsMatch(new Gamma(shape, scale), seed);

    [Theory]
    [InlineData(2.5, 0.5, 303UL)]
    [InlineData(0.4, 3.0, 304UL)]
    public void Sample_ShapeScale_FollowsMathNetCdf(double shape, double scale, ulong seed) =>
        DistributionAssert.FollowsCdf(new Gamma(shape, scale), x => MnGamma.CDF(shape, 1 / scale, x), seed);

    [Fact]
    public void FromMeanAndCv_Mean6Cv05_ShapeFourScaleOneAndHalf()
    {
        var distribution = Gamma.FromMeanAndCv(6, 0.5);

        Assert.Equal(4, distribution.Shape, 1e-12);
        Assert.Equal(1.5, distribution.Scale, 1e-12);
        Assert.Equal(6, distribution.Mean, 1e-12);
        Assert.Equal(9, distribution.Variance, 1e-12);
    }

    [Fact]
    public void Constructor_InvalidParameters_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Gamma(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Gamma(1, double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => Gamma.FromMeanAndCv(-1, 1));
    }
}
