using Sim.Engine.Optimisation;
using Sim.Engine.Optimisation.Cbc;
using Sim.Models.Flow;
using Sim.Models.Planning.NetworkDesign;
using Sim.Models.Planning.Plans;
using Sim.Models.Scenarios;
using Sim.Models.Tests.Flow;

namespace Sim.Models.Tests.Planning.NetworkDesign;

/// <summary>The optimised baseline plan against single-mode plans, in simulation.</summary>
public sealed partial class NetworkDesignerTests
{
    /// <summary>
    /// Every lane by one direct mode (where the mode cannot take a lane's orders, by its fastest
    /// direct mode), no warehouse. The optimised plan must cost less than each one that is at least as
    /// punctual, both simulated with the same seed and replications. Six replications of 40 days; the
    /// comparison requires the 95% intervals of the costs not to overlap, and a single-mode plan counts
    /// as at least as punctual when its mean on-time rate is within 0.005 of the plan's or above.
    /// Express alone is always among them (the most punctual), so the test cannot pass vacuously.
    /// </summary>
    [Fact]
    public void Solve_Baseline_CheaperThanEverySingleModePlanAsPunctual_InSimulation()
    {
        var scenario = BaselineScenario.Value with { HorizonDays = 40 };
        var problem = PlanningProblem.From(scenario);
        var solution = NetworkDesigner.Solve(problem, Solver, new SolverOptions { Threads = 2 });
        var optimised = Simulate(scenario, PlanAssembler.Assemble(solution, StockLevelPlanner.Plan(solution)));

        var compared = 0;
        foreach (var mode in new[] { "postal", "dedicated", "express" })
        {
            var single = Simulate(scenario, SingleMode(problem, mode));
            if (single.OnTime < optimised.OnTime - 0.005)
            {
                Assert.NotEqual("express", mode);
                continue;
            }

            compared++;
            Assert.True(optimised.CostPerOrder + optimised.CostHalfWidth < single.CostPerOrder - single.CostHalfWidth,
                $"optimised {optimised.CostPerOrder:F2} ± {optimised.CostHalfWidth:F2} (on time {optimised.OnTime:P1}) against {mode} only {single.CostPerOrder:F2} ± {single.CostHalfWidth:F2} (on time {single.OnTime:P1})");
        }

        Assert.True(compared >= 1);
    }

    private static SimulatedFigures Simulate(Scenario scenario, Plan plan)
    {
        Assert.Empty(PlanValidator.Validate(plan, scenario));
        return SimulatedFigures.From(ScenarioSimulation.Run(scenario, 11, 6, 2, PlanOverrides.For(plan, scenario)), "all")!;
    }

    private static Plan SingleMode(PlanningProblem problem, string mode)
    {
        var lanes = problem.Segments.Select(segment =>
        {
            var direct = problem.RoutesOf(segment.Index).Select(k => problem.Routes[k]).Where(r => !r.FromStock).ToList();
            var route = direct.FirstOrDefault(r => r.Mode == mode) ?? direct.MinBy(r => r.MeanDays)!;
            return new LanePlan { Origin = segment.Origin, Market = segment.Market, ProductClass = segment.ProductClass, Segment = segment.Segment, Shares = [new RouteShare { Mode = route.Mode, Share = 1 }] };
        });
        return new Plan { Lanes = lanes.ToValueList() };
    }
}
