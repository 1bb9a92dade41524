using Sim.Engine.Randomness;
using MnNormal = MathNet.Numerics.Distributions.Normal;

namespace Sim.Engine.Tests.Randomness;

public sealed class NormalTests
{
    [Fact]
    public void Sample_Mean5Sd2_MomentsMatch() => DistributionAssert.MomentsMatch(new Normal(5, 2), 601);

    [Fact]
    public void Sample_Mean5Sd2_FollowsMathNetCdf() =>
        DistributionAssert.FollowsCdf(new Normal(5, 2), x => MnNormal.CDF(5, 2, x), 602);

    [Fact]
    public void Constructor_InvalidParameters_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Normal(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Normal(double.NegativeInfinity, 1));
    }
}
