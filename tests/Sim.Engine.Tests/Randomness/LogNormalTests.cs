using Sim.Engine.Randomness;
using MnLogNormal = MathNet.Numerics.Distributions.LogNormal;

namespace Sim.Engine.Tests.Randomness;

public sealed class LogNormalTests
{
    [Theory]
    [InlineData(10.0, 0.5)]
    [InlineData(3.0, 2.0)]
    public void FromMeanAndCv_Parameters_MeanAndCvReproduced(double mean, double cv)
    {
        var distribution = LogNormal.FromMeanAndCv(mean, cv);

        Assert.Equal(mean, distribution.Mean, 1e-12 * mean);
        Assert.Equal(cv, Math.Sqrt(distribution.Variance) / distribution.Mean, 1e-12);
    }

    [Fact]
    public void Sample_Mean10Cv1_MomentsMatch() => DistributionAssert.MomentsMatch(LogNormal.FromMeanAndCv(10, 1), 201);

    [Fact]
    public void Sample_Mean10Cv1_FollowsMathNetCdf()
    {
        var distribution = LogNormal.FromMeanAndCv(10, 1);
        DistributionAssert.FollowsCdf(distribution, x => MnLogNormal.CDF(distribution.Mu, distribution.Sigma, x), 202);
    }

    [Fact]
    public void Constructor_InvalidParameters_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LogNormal.FromMeanAndCv(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => LogNormal.FromMeanAndCv(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LogNormal(double.NaN, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LogNormal(0, -1));
    }
}
