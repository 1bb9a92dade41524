using Sim.Engine.Randomness;

namespace Sim.Engine.Tests.Randomness;

public sealed class UniformTests
{
    [Fact]
    public void Sample_MinusTwoToFive_MomentsMatch() => DistributionAssert.MomentsMatch(new Uniform(-2, 5), 501);

    [Fact]
    public void Sample_MinusTwoToFive_FollowsCdf() =>
        DistributionAssert.FollowsCdf(new Uniform(-2, 5), x => (x + 2) / 7, 502);

    [Fact]
    public void Sample_Bounds_HalfOpenInterval()
    {
        var samples = DistributionAssert.Draw(new Uniform(3, 4), 503, 10_000);
        Assert.All(samples, x => Assert.True(x >= 3 && x < 4));
    }

    [Fact]
    public void Constructor_EmptyOrInvertedRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Uniform(1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Uniform(2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Uniform(0, double.PositiveInfinity));
    }
}
