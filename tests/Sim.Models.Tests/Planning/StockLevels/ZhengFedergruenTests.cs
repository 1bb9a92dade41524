using Sim.Engine.Randomness;
using Sim.Models.Planning.StockLevels;
using PoissonDistribution = MathNet.Numerics.Distributions.Poisson;

namespace Sim.Models.Tests.Planning.StockLevels;

public sealed class ZhengFedergruenTests
{
    // Exact arithmetic on both sides; the only differences are rounding in sums of a few hundred
    // terms and in the dense linear solve of the oracle.
    private const double RelativeTolerance = 1e-9;

    // Zheng and Federgruen (1991), Table I (K = 64, h = 1, p = 9, L = 0), as reproduced to seven
    // significant digits by Feng and Xiao (2000, IIE Transactions 32) and in R. Rossi, Inventory
    // Analytics (2021), whose code prints (6, 40) and 35.02 for λ = 10.
    [Theory]
    [InlineData(10.0, 6, 40, 35.0215552)]
    [InlineData(20.0, 14, 62, 49.173036)]
    [InlineData(64.0, 55, 74, 78.402321)]
    public void Optimise_PublishedPoissonCases_ReproducesTheTable(double mean, int s, int orderUpTo, double cost)
    {
        var problem = new PeriodicReviewProblem { MeanDemand = mean, OrderCost = 64, HoldingCost = 1, BackorderCost = 9 };

        var policy = ZhengFedergruen.Optimise(problem);

        Assert.Equal((s, orderUpTo), (policy.ReorderPoint, policy.OrderUpTo));
        Assert.Equal(cost, policy.CostPerPeriod, 1e-6);
    }

    [Fact]
    public void Optimise_SeededSmallCases_EqualsExhaustiveSearchOfMarkovChainCosts()
    {
        var rng = new RandomStream(20250401);
        double[] means = [0.3, 0.8, 1.5, 2.5];
        double[] orderCosts = [0, 1, 4, 12, 25];
        double[] backorders = [0.5, 2, 5, 19];
        for (var i = 0; i < 24; i++)
        {
            var problem = new PeriodicReviewProblem
            {
                MeanDemand = means[rng.Next(means.Length)],
                OrderCost = orderCosts[rng.Next(orderCosts.Length)],
                HoldingCost = 0.5 + rng.NextDouble(),
                BackorderCost = backorders[rng.Next(backorders.Length)],
                LeadTimePeriods = rng.Next(3),
            };
            var sd = Math.Sqrt(problem.LeadTimeDemand);
            var eoq = Math.Sqrt(2 * problem.OrderCost * problem.MeanDemand / problem.HoldingCost);
            var reach = (int)Math.Ceiling((4 * sd) + (2 * eoq) + 4);
            var yStar = new OnePeriodCost(problem.LeadTimeDemand, problem.HoldingCost, problem.BackorderCost).Minimiser;
            var (lo, hi) = (yStar - reach, yStar + reach);

            var policy = ZhengFedergruen.Optimise(problem);
            var exhaustive = InventoryOracle.ExhaustiveSearch(problem, lo, hi);

            // The search box must hold the optimum strictly inside, or it proves nothing.
            Assert.True(exhaustive.S > lo && exhaustive.OrderUpTo < hi, $"box too small for {problem}");
            Assert.Equal(exhaustive.Cost, policy.CostPerPeriod, exhaustive.Cost * RelativeTolerance);
            var oracleCostOfPolicy = InventoryOracle.PolicyCost(problem, policy.ReorderPoint, policy.OrderUpTo,
                y => InventoryOracle.G(problem.LeadTimeDemand, problem.HoldingCost, problem.BackorderCost, y));
            Assert.Equal(exhaustive.Cost, oracleCostOfPolicy, exhaustive.Cost * RelativeTolerance);
        }
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(0.25)]
    [InlineData(10.0)]
    [InlineData(3.7)]
    public void Optimise_CostsScaledByCommonFactor_SamePolicyAndScaledCost(double factor)
    {
        var rng = new RandomStream(7);
        for (var i = 0; i < 12; i++)
        {
            var problem = new PeriodicReviewProblem
            {
                MeanDemand = 0.5 + (30 * rng.NextDouble()),
                OrderCost = 100 * rng.NextDouble(),
                HoldingCost = 0.1 + rng.NextDouble(),
                BackorderCost = 1 + (20 * rng.NextDouble()),
                LeadTimePeriods = rng.Next(4),
            };
            var scaled = problem with
            {
                OrderCost = problem.OrderCost * factor,
                HoldingCost = problem.HoldingCost * factor,
                BackorderCost = problem.BackorderCost * factor,
            };

            var original = ZhengFedergruen.Optimise(problem);
            var result = ZhengFedergruen.Optimise(scaled);

            Assert.Equal((original.ReorderPoint, original.OrderUpTo), (result.ReorderPoint, result.OrderUpTo));
            Assert.Equal(original.CostPerPeriod * factor, result.CostPerPeriod, original.CostPerPeriod * factor * 1e-12);
        }
    }

    [Theory]
    [InlineData(0.7, 1.0, 4.0, 0)]
    [InlineData(5.0, 1.0, 9.0, 2)]
    [InlineData(40.0, 2.0, 3.0, 1)]
    [InlineData(250.0, 0.3, 30.0, 3)]
    [InlineData(2.5e5, 1.0, 1e6, 3)]
    [InlineData(1e6, 1e6, 1.0, 0)]
    public void Optimise_NoOrderCost_BaseStockAtNewsvendorLevel(double mean, double holding, double backorder, int leadTime)
    {
        var problem = new PeriodicReviewProblem { MeanDemand = mean, HoldingCost = holding, BackorderCost = backorder, LeadTimePeriods = leadTime };
        var leadTimeDemand = mean * (leadTime + 1);
        var level = 0;
        while (PoissonDistribution.CDF(leadTimeDemand, level) < backorder / (backorder + holding))
        {
            level++;
        }

        var policy = ZhengFedergruen.Optimise(problem);

        Assert.Equal((level - 1, level), (policy.ReorderPoint, policy.OrderUpTo));
        Assert.Equal(InventoryOracle.G(leadTimeDemand, holding, backorder, level), policy.CostPerPeriod, policy.CostPerPeriod * RelativeTolerance);
    }

    [Fact]
    public void Optimise_LargeDemand_FinishesWithPolicyNoWorseThanItsNeighbours()
    {
        var problem = new PeriodicReviewProblem { MeanDemand = 5000, OrderCost = 2000, HoldingCost = 1, BackorderCost = 19, LeadTimePeriods = 2 };
        var cost = new SsPolicyCost(problem);

        var policy = ZhengFedergruen.Optimise(problem);

        foreach (var (ds, dS) in new[] { (-1, 0), (1, 0), (0, -1), (0, 1), (-1, -1), (1, 1) })
        {
            Assert.True(cost.Evaluate(policy.ReorderPoint + ds, policy.OrderUpTo + dS) >= policy.CostPerPeriod);
        }
    }

    [Fact]
    public void Optimise_InvalidProblem_ThrowsNamingTheParameter()
    {
        var problem = new PeriodicReviewProblem { MeanDemand = 3, HoldingCost = 0, BackorderCost = 9 };

        var exception = Assert.Throws<ArgumentException>(() => ZhengFedergruen.Optimise(problem));

        Assert.Contains("holding cost", exception.Message, StringComparison.Ordinal);
    }
}
