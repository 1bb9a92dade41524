using Sim.Engine.Optimisation;
using Sim.Engine.Optimisation.Cbc;
using Sim.Models.Planning.NetworkDesign;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Planning.NetworkDesign;

public sealed class CostDelayFrontierTests
{
    private static readonly PlanningProblem Problem = PlanningProblem.From(PlanningScenarios.TwoClasses(new PlanningSettings
    {
        ServiceLevels = [new ServiceLevel { Market = "US", Share = 0.5, WithinDays = 10 }],
    }, capacityUnits: 1500));

    private static readonly IReadOnlyList<FrontierPoint> Points = CostDelayFrontier.Trace(Problem, new CbcSolver(), new SolverOptions(), 4);

    [Fact]
    public void Trace_FirstPoint_TheCheapestPlan()
    {
        var cheapest = NetworkDesigner.Solve(Problem, new CbcSolver(), new SolverOptions());

        Assert.Null(Points[0].MaxMeanDays);
        Assert.Equal(cheapest.Result.Objective, Points[0].Solution.Result.Objective, 1e-6 * cheapest.Result.Objective);
    }

    [Fact]
    public void Trace_LastPoint_AsFastAsAnyPlan()
    {
        double fastest = Problem.Segments.Sum(s => s.OrdersPerDay * Problem.RoutesOf(s.Index).Min(k => Problem.Routes[k].MeanDays)) / Problem.Segments.Sum(s => s.OrdersPerDay);

        Assert.Equal(fastest, Points[^1].Solution.Overall.MeanDays, 1e-5);
    }

    [Fact]
    public void Trace_AlongTheFrontier_FasterCostsNoLess()
    {
        Assert.Equal([0, 1, 2, 3], Points.Select(p => p.Index));
        for (int i = 1; i < Points.Count; i++)
        {
            Assert.True(Points[i].Solution.Overall.MeanDays <= Points[i].MaxMeanDays!.Value + 1e-6);
            Assert.True(Points[i].Solution.Overall.MeanDays <= Points[i - 1].Solution.Overall.MeanDays + 1e-6);
            Assert.True(Points[i].Solution.Result.Objective >= Points[i - 1].Solution.Result.Objective - 1e-6);
        }

        Assert.True(Points[^1].Solution.Overall.MeanDays < Points[0].Solution.Overall.MeanDays - 1, "the frontier spans more than a day");
    }

    /// <summary>
    /// Every point of a single-sourced frontier is the cheapest plan (cost plus delay cost, priced by
    /// hand: <see cref="HandPricing"/>) whose mean days keep within its bound, as enumeration finds it;
    /// the first without a bound.
    /// </summary>
    [Fact]
    public void Trace_EveryPoint_TheEnumeratedOptimumUnderItsBound()
    {
        var settings = new PlanningSettings
        {
            ValueOfTimePerParcelDay = 0.05,
            LatePenaltyPerParcel = 1,
            SingleSourcing = true,
            ServiceLevels = [new ServiceLevel { Market = "US", Share = 0.5, WithinDays = 10 }],
        };
        var problem = PlanningProblem.From(PlanningScenarios.TwoClasses(settings, capacityUnits: 1500));

        var points = CostDelayFrontier.Trace(problem, new CbcSolver(), new SolverOptions { Threads = 1 }, 5);

        Assert.Equal(5, points.Count);
        Assert.True(points[^1].Solution.Overall.MeanDays < points[0].Solution.Overall.MeanDays - 1, "the frontier spans more than a day");
        foreach (var point in points)
        {
            var (cost, _) = PlanEnumeration.Best(problem, new HandPricing(settings), point.MaxMeanDays);
            Assert.Equal(cost, point.Solution.Result.Objective, cost * 1e-7);
        }
    }
}
