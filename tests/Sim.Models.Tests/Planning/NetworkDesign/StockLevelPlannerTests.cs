using Sim.Engine.Optimisation;
using Sim.Engine.Optimisation.Cbc;
using Sim.Models.Inventory;
using Sim.Models.Planning.NetworkDesign;
using Sim.Models.Planning.StockLevels;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Planning.NetworkDesign;

public sealed class StockLevelPlannerTests
{
    private static NetworkDesignSolution Solve(double? capacity = null) =>
        NetworkDesigner.Solve(PlanningProblem.From(PlanningScenarios.TwoClasses(PlanningSettings.Default, capacity)), new CbcSolver(), new SolverOptions());

    [Fact]
    public void Plan_EveryStockedClass_ZhengFedergruenOnItsPlannedDemandInPacks()
    {
        var solution = Solve();

        var levels = StockLevelPlanner.Plan(solution);

        Assert.Equal(solution.Stock.Count, levels.Count);
        foreach (var level in levels)
        {
            // The same textbook problem, solved again: the levels are its optimum, scaled back to units.
            var exact = ZhengFedergruen.Optimise(new PeriodicReviewProblem
            {
                MeanDemand = level.UnitsPerDay / level.PackSize,
                OrderCost = level.OrderCost,
                HoldingCost = level.HoldingCost * level.PackSize,
                BackorderCost = level.ShortageCost * level.PackSize,
                LeadTimePeriods = level.LeadTimeDays,
            });
            Assert.Equal(StockPolicyKind.MinMax, level.Policy.Kind);
            Assert.Equal(Math.Max(0, exact.ReorderPoint * level.PackSize), level.Policy.ReorderPoint);
            Assert.Equal(exact.OrderUpTo * level.PackSize, level.Policy.OrderUpTo);
            Assert.Equal(1, level.Policy.ReviewPeriodDays);
            Assert.Equal(exact.CostPerPeriod, level.CostPerDay, 9);
            Assert.Equal(20, level.LeadTimeDays);
        }
    }

    [Fact]
    public void Plan_SeaReplenishment_OrderCostIsTheShipmentAndItsContainers()
    {
        var solution = Solve();

        var level = StockLevelPlanner.Plan(solution).First(l => l.Policy.ProductClass == "gadget");
        var decision = solution.Stock.First(s => solution.Problem.StockOptions[s.StockOption].ProductClass == "gadget");

        Assert.Equal(300 + (5000 * Math.Ceiling(decision.ContainersPerShipment[0] - 1e-6)), level.OrderCost, 9);
        Assert.Equal(0.02, level.HoldingCost);
        Assert.Equal(level.ShortageCost / (level.ShortageCost + level.HoldingCost), level.CriticalRatio, 12);
    }

    [Fact]
    public void Plan_B2bOrdersOfTenUnits_PacksAtLeastTheDispersion()
    {
        var solution = Solve();

        var gadget = StockLevelPlanner.Plan(solution).First(l => l.Policy.ProductClass == "gadget");

        // 180 single units and 20 orders of 10 a day: variance/mean = (180 + 20 × 100) / 380 ≈ 5.7.
        Assert.True(gadget.PackSize >= 6, $"pack {gadget.PackSize}");
        Assert.Equal(0, gadget.Policy.OrderUpTo % gadget.PackSize);
    }
}
