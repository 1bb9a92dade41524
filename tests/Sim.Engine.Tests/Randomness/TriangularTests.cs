using Sim.Engine.Randomness;
using MnTriangular = MathNet.Numerics.Distributions.Triangular;

namespace Sim.Engine.Tests.Randomness;

public sealed class TriangularTests
{
    [Fact]
    public void Sample_SkewedTriangle_MomentsMatch() => DistributionAssert.MomentsMatch(new Triangular(1, 2, 6), 401);

    [Fact]
    public void Sample_SkewedTriangle_FollowsMathNetCdf() =>
        DistributionAssert.FollowsCdf(new Triangular(1, 2, 6), x => MnTriangular.CDF(1, 6, 2, x), 402);

    [Fact]
    public void Sample_ModeAtMin_StaysInRange()
    {
        var samples = DistributionAssert.Draw(new Triangular(0, 0, 1), 403, 10_000);
        Assert.All(samples, x => Assert.InRange(x, 0.0, 1.0));
    }

    [Theory]
    [InlineData(1.0, 0.5, 2.0)]
    [InlineData(1.0, 2.5, 2.0)]
    [InlineData(2.0, 2.0, 2.0)]
    [InlineData(double.NaN, 1.0, 2.0)]
    public void Constructor_InvalidOrder_Throws(double min, double mode, double max) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Triangular(min, mode, max));
}
