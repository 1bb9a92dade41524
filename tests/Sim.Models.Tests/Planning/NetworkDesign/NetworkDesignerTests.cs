using Sim.Engine.Optimisation;
using Sim.Engine.Optimisation.Cbc;
using Sim.Models.Planning.NetworkDesign;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Planning.NetworkDesign;

public sealed partial class NetworkDesignerTests
{
    private static readonly CbcSolver Solver = new();
    private static readonly SolverOptions Options = new() { Threads = 1 };

    private static PlanningSettings Settings(double onTime, bool single = true) => new()
    {
        ValueOfTimePerParcelDay = 0.05,
        LatePenaltyPerParcel = 1,
        SingleSourcing = single,
        ServiceLevels = [new ServiceLevel { Market = "US", OnTime = onTime }],
    };

    // Cases with different answers: postal where the target allows (0.3), express once the target
    // binds (0.6 with no room to stock), the warehouse as storage grows (a short cycle at 1,500 units,
    // gadgets only at 2,000 and 6,000, both classes when unlimited).
    public static TheoryData<double, double?> Cases => new()
    {
        { 0.3, 300 },
        { 0.6, 300 },
        { 0.9, 1500 },
        { 0.5, 2000 },
        { 0.8, 6000 },
        { 0.8, null },
    };

    /// <summary>
    /// Every single-sourced plan of the small scenario is enumerated: a route per segment, then, for the
    /// classes it stocks, every replenishment cycle (whole containers, the storage limit shared), its cost
    /// from the same per-order and per-cycle coefficients the MIP uses. The MIP must find the cheapest
    /// plan that meets the service level, at the same cost.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Solve_SmallScenario_FindsThePlanThatEnumerationFinds(double onTime, double? capacity)
    {
        var problem = PlanningProblem.From(PlanningScenarios.TwoClasses(Settings(onTime), capacity));

        var solution = NetworkDesigner.Solve(problem, Solver, Options);
        var (cost, routes) = PlanEnumeration.Best(problem);

        Assert.Equal(SolveStatus.Optimal, solution.Status);
        Assert.Equal(cost, solution.Result.Objective, cost * 1e-7);
        Assert.Equal(routes, problem.Segments.Select(s => problem.RoutesOf(s.Index).Single(k => solution.Shares[k] > 0.5)));
    }

    [Fact]
    public void Solve_ServiceLevelNoPlanMeets_ThrowsNamingTheMarketAndTheBestReachable()
    {
        var problem = PlanningProblem.From(PlanningScenarios.TwoClasses(Settings(0.9999, single: false)));

        var exception = Assert.Throws<PlanningInfeasibleException>(() => NetworkDesigner.Solve(problem, Solver, Options));

        // The best on-time rate any plan reaches: every segment by its most punctual route.
        double best = problem.Segments.Sum(s => s.OrdersPerDay * problem.RoutesOf(s.Index).Max(k => problem.Routes[k].OnTimeProbability)) / problem.OrdersPerDay("US");
        var shortfall = Assert.Single(exception.Shortfalls);
        Assert.Equal("market US", shortfall.Subject);
        Assert.Equal("on_time", shortfall.Constraint);
        Assert.Equal(0.9999, shortfall.Target);
        Assert.Equal(best, shortfall.BestAchievable, 1e-6);
        Assert.Contains("market US: on_time >= 0.9999 cannot be met", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_MeanDaysBound_PlanKeepsWithinIt()
    {
        var problem = PlanningProblem.From(PlanningScenarios.TwoClasses(Settings(0.5, single: false)));
        var free = NetworkDesigner.Solve(problem, Solver, Options);

        var bounded = NetworkDesigner.Solve(problem, Solver, Options, new NetworkDesignOptions { MaxMeanDays = free.Overall.MeanDays - 1 });

        Assert.True(bounded.Overall.MeanDays <= free.Overall.MeanDays - 1 + 1e-6);
        Assert.True(bounded.Result.Objective >= free.Result.Objective - 1e-6);
    }

    [Fact]
    public void Solve_MeanDaysObjective_NoPlanIsFaster()
    {
        var problem = PlanningProblem.From(PlanningScenarios.TwoClasses(Settings(0.5, single: false)));

        var fastest = NetworkDesigner.Solve(problem, Solver, Options, new NetworkDesignOptions { Objective = DesignObjective.MeanDays });

        double best = problem.Segments.Sum(s => s.OrdersPerDay * problem.RoutesOf(s.Index).Min(k => problem.Routes[k].MeanDays)) / problem.Segments.Sum(s => s.OrdersPerDay);
        Assert.Equal(best, fastest.Overall.MeanDays, 1e-6);
    }
}
