using Sim.Engine.Randomness;

namespace Sim.Engine.Tests.Randomness;

public sealed class BernoulliTests
{
    [Fact]
    public void Sample_P03_MomentsMatch() => DistributionAssert.MomentsMatch(new Bernoulli(0.3), 901);

    [Fact]
    public void SampleBool_ZeroAndOne_NeverAndAlways()
    {
        var never = new Bernoulli(0);
        var always = new Bernoulli(1);
        var rng = new RandomStream(902);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.False(never.SampleBool(rng));
            Assert.True(always.SampleBool(rng));
        }
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Constructor_NotAProbability_Throws(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Bernoulli(p));
}
