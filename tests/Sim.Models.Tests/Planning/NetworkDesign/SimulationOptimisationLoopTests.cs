using Sim.Engine.Optimisation;
using Sim.Engine.Optimisation.Cbc;
using Sim.Models.Flow;
using Sim.Models.Planning.NetworkDesign;
using Sim.Models.Planning.Plans;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Planning.NetworkDesign;

public sealed class SimulationOptimisationLoopTests
{
    private static readonly Scenario Scenario = PlanningScenarios.TwoClasses(new PlanningSettings
    {
        ValueOfTimePerParcelDay = 0.05,
        ServiceLevels = [new ServiceLevel { Market = "US", Share = 0.6, WithinDays = 10 }],
    }, capacityUnits: 300);

    [Fact]
    public void Run_ThreeRounds_RoundsInOrderAndStopsOnceThePlanHoldsStill()
    {
        var simulations = 0;
        var loop = new SimulationOptimisationLoop(RouteCatalogue.Of(Scenario), new CbcSolver(), new SolverOptions(), plan =>
        {
            simulations++;
            return ScenarioSimulation.Run(Scenario, 3, 2, 1, PlanOverrides.For(plan, Scenario));
        });

        var rounds = loop.Run(3);

        Assert.Equal(Enumerable.Range(1, rounds.Count), rounds.Select(r => r.Round));
        Assert.Equal(["first plan"], rounds[0].Changes);
        Assert.Equal(rounds.Count, simulations);
        Assert.All(rounds.SkipLast(1).Skip(1), r => Assert.False(r.Converged));
        Assert.True(rounds.Count == 3 || rounds[^1].Converged);
    }

    [Fact]
    public void Next_MeasuredGroup_MovesHalfWayToWhatTheSimulationMeasured()
    {
        var solution = NetworkDesigner.Solve(PlanningProblem.From(Scenario), new CbcSolver(), new SolverOptions());
        var plan = PlanAssembler.Assemble(solution, StockLevelPlanner.Plan(solution));
        var simulated = ScenarioSimulation.Run(Scenario, 3, 2, 1, PlanOverrides.For(plan, Scenario));

        var next = AdjustmentUpdate.Next(solution, simulated, 0.5);

        // Express carries every gadget (postal misses their promise; the warehouse cannot hold them):
        // its correction is half the gap between simulated and planned figures.
        var measured = SimulatedFigures.From(simulated, "mode=express;market=US")!;
        var express = solution.Problem.Routes.Where(r => r.Mode == "express" && solution.Shares[r.Index] > 0).ToList();
        double orders = express.Sum(r => solution.Problem.Segments[r.Segment].OrdersPerDay * solution.Shares[r.Index]);
        double Planned(Func<RouteOption, double> figure) => express.Sum(r => solution.Problem.Segments[r.Segment].OrdersPerDay * solution.Shares[r.Index] * figure(r)) / orders;
        var correction = next.For("express", "US");
        Assert.Equal(0.5 * (measured.MeanDays - Planned(r => r.MeanDays)), correction.MeanDays, 9);
        Assert.Equal(0.5 * (measured.OnTime - Planned(r => r.OnTimeProbability)), correction.OnTime, 9);
        Assert.NotEqual(0, correction.OnTime);

        // Constant leg times: the simulation delivers exactly when planned, so no time correction.
        Assert.Equal(0, correction.MeanDays, 6);
        Assert.Equal(RouteCorrection.None, next.For("owh", "US"));
    }
}
