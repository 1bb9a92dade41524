using Sim.Models.Planning.StockLevels;

namespace Sim.Models.Tests.Planning.StockLevels;

public sealed class SsPolicyCostTests
{
    [Theory]
    [InlineData(1.5, 8.0, 1.0, 4.0, 0, 1, 9)]
    [InlineData(0.6, 3.0, 0.7, 12.0, 2, -1, 4)]
    [InlineData(4.0, 30.0, 1.2, 2.0, 1, 3, 20)]
    [InlineData(2.0, 0.0, 1.0, 9.0, 3, 7, 8)]
    public void Evaluate_AnyPolicy_EqualsStationaryMarkovChainCost(double mean, double orderCost, double holding, double backorder, int leadTime, int s, int orderUpTo)
    {
        var problem = new PeriodicReviewProblem { MeanDemand = mean, OrderCost = orderCost, HoldingCost = holding, BackorderCost = backorder, LeadTimePeriods = leadTime };

        var cost = new SsPolicyCost(problem).Evaluate(s, orderUpTo);

        var expected = InventoryOracle.PolicyCost(problem, s, orderUpTo, y => InventoryOracle.G(problem.LeadTimeDemand, holding, backorder, y));
        Assert.Equal(expected, cost, expected * 1e-9);
    }

    [Fact]
    public void Evaluate_WithLeadTime_EqualsSimulatedAverageCostOfThePolicy()
    {
        // The simulation orders, receives L periods later, meets Poisson demand and charges the
        // end-of-period net inventory, literally; it checks the convention (order when the
        // position is at or below s) and the timing (G over L + 1 periods) of the exact formula.
        var problem = new PeriodicReviewProblem { MeanDemand = 2, OrderCost = 10, HoldingCost = 1, BackorderCost = 9, LeadTimePeriods = 2 };
        const int s = 5;
        const int orderUpTo = 12;
        var exact = new SsPolicyCost(problem).Evaluate(s, orderUpTo);

        var batches = PeriodicReviewSimulation.BatchMeans(
            problem.MeanDemand, problem.OrderCost, problem.HoldingCost, problem.BackorderCost, problem.LeadTimePeriods,
            (position, _) => position <= s ? orderUpTo - position : 0, batches: 50, periodsPerBatch: 20_000, warmUp: 1_000, seed: 11);

        // 50 batches of 20,000 periods (order cycles last about 4 periods, so batch means are
        // nearly independent): the exact cost must lie in the 99.9% Student-t interval, and the
        // interval must be tight enough (under 1% of the cost) to tell a wrong timing apart
        // (one period more or less of lead-time demand moves the cost by over 10%).
        var (mean, halfWidth) = BatchMeans.Interval(batches, 0.999);
        Assert.True(halfWidth < 0.01 * exact, $"interval ±{halfWidth} too wide");
        Assert.InRange(exact, mean - halfWidth, mean + halfWidth);
    }

    [Fact]
    public void Evaluate_OrderUpToNotAboveReorderPoint_Throws()
    {
        var cost = new SsPolicyCost(new PeriodicReviewProblem { MeanDemand = 1, HoldingCost = 1, BackorderCost = 1 });

        Assert.Throws<ArgumentOutOfRangeException>(() => cost.Evaluate(5, 5));
    }

    [Fact]
    public void G_FarBelowAndAboveDemand_IsLinearBackorderAndHoldingCost()
    {
        var cost = new SsPolicyCost(new PeriodicReviewProblem { MeanDemand = 3, HoldingCost = 2, BackorderCost = 7, LeadTimePeriods = 1 });

        Assert.Equal(7 * (6.0 + 4), cost.G(-4), 1e-12);
        Assert.Equal(2 * (200 - 6.0), cost.G(200), 1e-9);
    }
}
