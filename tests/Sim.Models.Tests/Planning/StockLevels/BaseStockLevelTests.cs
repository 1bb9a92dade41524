using Sim.Models.Planning.StockLevels;

namespace Sim.Models.Tests.Planning.StockLevels;

public sealed class BaseStockLevelTests
{
    [Theory]
    [InlineData(0.7, 1.0, 4.0, 0)]
    [InlineData(12.0, 0.5, 9.0, 3)]
    [InlineData(300.0, 1.0, 24.0, 1)]
    public void Optimise_ReviewEveryPeriodWithoutOrderCost_EqualsZhengFedergruenBaseStock(double mean, double holding, double backorder, int leadTime)
    {
        var problem = new PeriodicReviewProblem { MeanDemand = mean, HoldingCost = holding, BackorderCost = backorder, LeadTimePeriods = leadTime };

        var baseStock = BaseStockLevel.Optimise(problem, reviewPeriods: 1);
        var ss = ZhengFedergruen.Optimise(problem);

        Assert.Equal(ss.OrderUpTo, baseStock.OrderUpTo);
        Assert.Equal(ss.CostPerPeriod, baseStock.CostPerPeriod, ss.CostPerPeriod * 1e-12);
    }

    [Theory]
    [InlineData(1.2, 5.0, 1.0, 9.0, 0, 3)]
    [InlineData(4.0, 20.0, 0.8, 4.0, 2, 7)]
    [InlineData(0.3, 0.0, 1.0, 19.0, 5, 14)]
    public void Optimise_AnyReviewPeriod_EqualsExhaustiveMinimumOfDirectlySummedCost(double mean, double orderCost, double holding, double backorder, int leadTime, int review)
    {
        var problem = new PeriodicReviewProblem { MeanDemand = mean, OrderCost = orderCost, HoldingCost = holding, BackorderCost = backorder, LeadTimePeriods = leadTime };
        double Direct(int level)
        {
            var sum = 0.0;
            for (var k = 1; k <= review; k++)
            {
                sum += InventoryOracle.G(mean * (leadTime + k), holding, backorder, level);
            }

            return (sum + (orderCost * (1 - Math.Exp(-mean * review)))) / review;
        }

        var top = (int)(mean * (leadTime + review) * 3) + 30;
        var best = Enumerable.Range(0, top).MinBy(Direct);

        var policy = BaseStockLevel.Optimise(problem, review);

        Assert.True(best < top - 1, "search range too small");
        Assert.Equal(best, policy.OrderUpTo);
        Assert.Equal(Direct(best), policy.CostPerPeriod, policy.CostPerPeriod * 1e-9);
    }

    [Fact]
    public void Evaluate_ReviewEveryFewPeriods_EqualsSimulatedAverageCost()
    {
        var problem = new PeriodicReviewProblem { MeanDemand = 3, OrderCost = 15, HoldingCost = 1, BackorderCost = 9, LeadTimePeriods = 1 };
        const int review = 4;
        const int orderUpTo = 22;
        var exact = BaseStockLevel.Evaluate(problem, review, orderUpTo);

        var batches = PeriodicReviewSimulation.BatchMeans(
            problem.MeanDemand, problem.OrderCost, problem.HoldingCost, problem.BackorderCost, problem.LeadTimePeriods,
            (position, t) => t % review == 0 ? orderUpTo - position : 0, batches: 50, periodsPerBatch: 20_000, warmUp: 1_000, seed: 5);

        // As for (s,S): the exact cost lies in the 99.9% Student-t interval over 50 nearly
        // independent batch means (cycles of 4 periods against batches of 20,000), and the
        // interval is under 1% of the cost, tighter than a one-period timing error would move it.
        var (mean, halfWidth) = BatchMeans.Interval(batches, 0.999);
        Assert.True(halfWidth < 0.01 * exact, $"interval ±{halfWidth} too wide");
        Assert.InRange(exact, mean - halfWidth, mean + halfWidth);
    }

    [Fact]
    public void Optimise_LongerReviewPeriod_RaisesTheLevel()
    {
        var problem = new PeriodicReviewProblem { MeanDemand = 10, OrderCost = 50, HoldingCost = 1, BackorderCost = 9, LeadTimePeriods = 2 };

        var levels = new[] { 1, 2, 7, 14 }.Select(r => BaseStockLevel.Optimise(problem, r).OrderUpTo).ToArray();

        Assert.Equal(levels.Order(), levels);
        Assert.Equal(levels.Length, levels.Distinct().Count());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(BaseStockLevel.MaxReviewPeriods + 1)]
    public void Optimise_ReviewPeriodOutOfRange_Throws(int review)
    {
        var problem = new PeriodicReviewProblem { MeanDemand = 1, HoldingCost = 1, BackorderCost = 1 };

        Assert.Throws<ArgumentOutOfRangeException>(() => BaseStockLevel.Optimise(problem, review));
    }
}
