using Sim.Engine.Optimisation;
using Sim.Engine.Optimisation.Cbc;
using Sim.Models.Planning.NetworkDesign;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Planning.NetworkDesign;

public sealed partial class NetworkDesignerTests
{
    private static readonly CbcSolver Solver = new();
    private static readonly SolverOptions Options = new() { Threads = 1 };

    private static PlanningSettings Settings(double share, bool single = true) => new()
    {
        ValueOfTimePerParcelDay = 0.05,
        LatePenaltyPerParcel = 1,
        SingleSourcing = single,
        ServiceLevels = [new ServiceLevel { Market = "US", Share = share, WithinDays = 10 }],
    };

    // Cases with different answers: postal takes 11 days, so the share delivered within 10 days rules it
    // out for more orders as the share rises, and the warehouse takes more of the rest as its storage grows.
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
    /// classes it stocks, every replenishment cycle (whole containers, the storage limit shared), priced by
    /// hand from the scenario's legs and the textbook stock costs (<see cref="HandPricing"/>), not from the
    /// planner's coefficients. The MIP must find the cheapest plan that meets the service level, at the
    /// same cost: a wrong leg cost, delay, holding, safety-stock, pipeline or shipment term would part them.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Solve_SmallScenario_FindsThePlanThatEnumerationByHandFinds(double share, double? capacity)
    {
        var settings = Settings(share);
        var problem = PlanningProblem.From(PlanningScenarios.TwoClasses(settings, capacity));

        var solution = NetworkDesigner.Solve(problem, Solver, Options);
        var (cost, routes) = PlanEnumeration.Best(problem, new HandPricing(settings));

        Assert.Equal(SolveStatus.Optimal, solution.Status);
        Assert.Equal(cost, solution.Result.Objective, cost * 1e-7);
        Assert.Equal(routes, problem.Segments.Select(s => problem.RoutesOf(s.Index).Single(k => solution.Shares[k] > 0.5)));
    }

    [Fact]
    public void Solve_ServiceLevelNoPlanMeets_ThrowsNamingTheMarketAndTheBestReachable()
    {
        var problem = PlanningProblem.From(PlanningScenarios.TwoClasses(Settings(0.9999, single: false)));

        var exception = Assert.Throws<PlanningInfeasibleException>(() => NetworkDesigner.Solve(problem, Solver, Options));

        // The best share within 10 days any plan reaches: every order from the warehouse (picked in an
        // hour, a day of last mile), of which 0.1% are lost.
        var shortfall = Assert.Single(exception.Shortfalls);
        Assert.Equal("market US", shortfall.Subject);
        Assert.Equal("share", shortfall.Constraint);
        Assert.Equal(0.9999, shortfall.Target);
        Assert.Equal(0.999, shortfall.BestAchievable, 1e-6);
        Assert.Contains("market US: a share of 0.9999 delivered within 10 days cannot be met; the best a plan reaches is 0.999", exception.Message, StringComparison.Ordinal);
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
