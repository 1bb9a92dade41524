using Sim.Engine.Randomness;

namespace Sim.Engine.Tests.Randomness;

public sealed class PoissonTests
{
    [Theory]
    // MathNet switches algorithm at lambda = 30; test both sides.
    [InlineData(3.5, 801UL)]
    [InlineData(250.0, 802UL)]
    public void Sample_Lambda_MomentsMatch(double lambda, ulong seed) =>
        DistributionAssert.MomentsMatch(new Poisson(lambda), seed);

    [Fact]
    public void SampleCount_Lambda2_ZeroFrequencyIsExpMinus2()
    {
        // P(0) = e^-2 = 0.1353; the binomial standard error over 200,000 draws is 0.00077, and the
        // tolerance is 4.5 of them (fixed-seed false alarm below 1e-5).
        var distribution = new Poisson(2);
        var rng = new RandomStream(803);
        var zeros = 0;
        const int Draws = 200_000;
        for (var i = 0; i < Draws; i++)
        {
            var count = distribution.SampleCount(rng);
            Assert.True(count >= 0);
            zeros += count == 0 ? 1 : 0;
        }

        var p = Math.Exp(-2);
        Assert.InRange(zeros / (double)Draws, p - (4.5 * Math.Sqrt(p * (1 - p) / Draws)), p + (4.5 * Math.Sqrt(p * (1 - p) / Draws)));
    }

    [Fact]
    public void Sample_SameSeed_SameDrawsAsSampleCount()
    {
        var distribution = new Poisson(7);
        var a = new RandomStream(804);
        var b = new RandomStream(804);
        for (var i = 0; i < 1000; i++)
        {
            Assert.Equal(distribution.SampleCount(a), distribution.Sample(b));
        }
    }

    [Fact]
    public void Constructor_NonPositiveLambda_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Poisson(0));
}
