using Sim.Engine.Randomness;
using MnNormal = MathNet.Numerics.Distributions.Normal;

namespace Sim.Engine.Tests.Randomness;

public sealed class TruncatedNormalTests
{
    // (5, 3): P(N >= 0) = 0.95, the rejection path; (-3, 1): P(N >= 0) = 0.00135, the inverse-CDF path;
    // (0.5, 2): P(N >= 0) = 0.60, rejection with a quarter of the mass cut.
    public static TheoryData<double, double> Parameters => new() { { 5, 3 }, { -3, 1 }, { 0.5, 2 } };

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Sample_BothMethods_MomentsMatch(double mu, double sigma) =>
        DistributionAssert.MomentsMatch(new TruncatedNormal(mu, sigma), 701);

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Sample_BothMethods_FollowTruncatedCdf(double mu, double sigma)
    {
        var below = MnNormal.CDF(mu, sigma, 0);
        DistributionAssert.FollowsCdf(
            new TruncatedNormal(mu, sigma),
            x => (MnNormal.CDF(mu, sigma, x) - below) / (1 - below),
            702);
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Sample_BothMethods_NeverNegative(double mu, double sigma)
    {
        var samples = DistributionAssert.Draw(new TruncatedNormal(mu, sigma), 703, 50_000);
        Assert.All(samples, x => Assert.True(x >= 0));
    }

    [Fact]
    public void Mean_FarAboveZero_EqualsParentMean()
    {
        var distribution = new TruncatedNormal(100, 1);
        Assert.Equal(100, distribution.Mean, 1e-12);
        Assert.Equal(1, distribution.Variance, 1e-12);
        Assert.Equal(1, distribution.ParentMassAtOrAboveZero, 1e-12);
    }

    [Fact]
    public void Mean_CentredAtZero_HalfNormalMean()
    {
        // The half-normal has mean sigma * sqrt(2 / pi) and variance sigma^2 (1 - 2 / pi).
        var distribution = new TruncatedNormal(0, 2);
        Assert.Equal(2 * Math.Sqrt(2 / Math.PI), distribution.Mean, 1e-12);
        Assert.Equal(4 * (1 - (2 / Math.PI)), distribution.Variance, 1e-12);
    }

    [Fact]
    public void Constructor_NoMassAboveZero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TruncatedNormal(-100, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TruncatedNormal(1, 0));
    }
}
