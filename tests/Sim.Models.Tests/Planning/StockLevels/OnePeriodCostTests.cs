using Sim.Models.Planning.StockLevels;
using PoissonDistribution = MathNet.Numerics.Distributions.Poisson;

namespace Sim.Models.Tests.Planning.StockLevels;

public sealed class OnePeriodCostTests
{
    [Theory]
    [InlineData(0.2, 1.0, 3.0)]
    [InlineData(4.0, 0.5, 9.0)]
    [InlineData(37.5, 2.0, 1.0)]
    [InlineData(900.0, 1.0, 19.0)]
    public void Evaluate_EveryPositionNearDemand_EqualsDirectSummation(double mean, double holding, double backorder)
    {
        var g = new OnePeriodCost(mean, holding, backorder);
        var spread = (int)(6 * Math.Sqrt(mean)) + 5;

        for (var y = (int)mean - spread; y <= (int)mean + spread; y++)
        {
            var expected = InventoryOracle.G(mean, holding, backorder, y);
            Assert.Equal(expected, g.Evaluate(y), expected * 1e-10);
        }
    }

    [Theory]
    [InlineData(1e6, 1.0, 1.0)]
    [InlineData(1e6, 1.0, 1e6)]
    [InlineData(1e6, 1e6, 1.0)]
    public void Evaluate_LargeDemand_StaysConvexToRounding(double mean, double holding, double backorder)
    {
        // Neighbouring levels differ by as little as h·P(D ≤ y) or p·P(D > y); y·F(y) − μ·F(y − 1)
        // would lose that in the cancellation of two numbers near μ, and so would the optimiser.
        var g = new OnePeriodCost(mean, holding, backorder);

        for (var y = g.Minimiser - 30; y <= g.Minimiser + 30; y++)
        {
            var secondDifference = g.Evaluate(y + 1) - (2 * g.Evaluate(y)) + g.Evaluate(y - 1);
            Assert.True(secondDifference >= -1e-13 * g.Evaluate(y), $"G not convex at {y}: {secondDifference}");
        }
    }

    [Theory]
    [InlineData(0.05, 1.0, 1.0)]
    [InlineData(3.0, 1.0, 9.0)]
    [InlineData(120.0, 4.0, 1.0)]
    [InlineData(2e5, 1.0, 99.0)]
    public void Minimiser_AnyDemand_IsSmallestLevelReachingTheCriticalFractile(double mean, double holding, double backorder)
    {
        var g = new OnePeriodCost(mean, holding, backorder);
        var fractile = backorder / (backorder + holding);

        var y = g.Minimiser;

        Assert.True(PoissonDistribution.CDF(mean, y) >= fractile - 1e-12);
        Assert.True(y == 0 || PoissonDistribution.CDF(mean, y - 1) < fractile + 1e-12);
        Assert.True(g.Evaluate(y) <= g.Evaluate(y + 1) && (y == 0 || g.Evaluate(y) < g.Evaluate(y - 1)));
    }

    [Theory]
    [InlineData(0.0, 1.0, 1.0)]
    [InlineData(-1.0, 1.0, 1.0)]
    [InlineData(double.NaN, 1.0, 1.0)]
    [InlineData(1.0, 0.0, 1.0)]
    [InlineData(1.0, 1.0, double.PositiveInfinity)]
    public void Constructor_NonPositiveOrNonFiniteParameter_Throws(double mean, double holding, double backorder)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OnePeriodCost(mean, holding, backorder));
    }
}
