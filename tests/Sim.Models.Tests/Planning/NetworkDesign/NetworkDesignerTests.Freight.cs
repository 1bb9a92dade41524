using Sim.Engine.Optimisation;
using Sim.Models.Network;
using Sim.Models.Planning.NetworkDesign;

namespace Sim.Models.Tests.Planning.NetworkDesign;

/// <summary>The MIP prices replenishment by the cheaper of full containers and LCL, as the simulation does.</summary>
public sealed partial class NetworkDesignerTests
{
    // LCL at 70 a m³ (at least 200) beside the 5,000 container: a week of the warehouse's flow (a few
    // m³) goes cheaper by LCL, a long cycle's by the container.
    private static readonly LegCost SeaWithLcl = new() { PerContainer = 5000, PerShipment = 300, PerParcel = 0.1, LclPerM3 = 70, LclMinimum = 200 };

    [Theory]
    [InlineData(0.5, 2000.0)]
    [InlineData(0.8, 6000.0)]
    [InlineData(0.8, null)]
    public void Solve_SeaLegWithLcl_FindsThePlanThatEnumerationFinds(double onTime, double? capacity)
    {
        var problem = PlanningProblem.From(PlanningScenarios.TwoClasses(Settings(onTime), capacity, SeaWithLcl));

        var solution = NetworkDesigner.Solve(problem, Solver, Options);
        var (cost, routes) = PlanEnumeration.Best(problem);

        Assert.Equal(SolveStatus.Optimal, solution.Status);
        Assert.Equal(cost, solution.Result.Objective, cost * 1e-7);
        Assert.Equal(routes, problem.Segments.Select(s => problem.RoutesOf(s.Index).Single(k => solution.Shares[k] > 0.5)));
    }

    [Fact]
    public void Solve_LclCheaperThanAContainer_TheStockDecisionPaysLclNotAContainer()
    {
        var fcl = NetworkDesigner.Solve(PlanningProblem.From(PlanningScenarios.TwoClasses(Settings(0.8), null)), Solver, Options);
        var lcl = NetworkDesigner.Solve(PlanningProblem.From(PlanningScenarios.TwoClasses(Settings(0.8), null, SeaWithLcl)), Solver, Options);

        // Offering LCL can only make the plan cheaper; a stock decision that ships by LCL fills no container.
        Assert.True(lcl.Result.Objective < fcl.Result.Objective, $"LCL {lcl.Result.Objective} against FCL only {fcl.Result.Objective}");
        Assert.Contains(lcl.Stock, s => s.ContainersPerShipment.All(n => n < 0.5));
    }
}
