using Sim.Engine.Optimisation;
using Sim.Engine.Optimisation.Cbc;
using Sim.Models.Planning;

namespace Sim.Models.Tests.Planning;

public sealed class CapacitatedFacilityLocationTests
{
    // optima.csv rounds to three decimals, so 1e-6 relative (about 1 on a 1e6 cost) is the
    // tightest tolerance the published values support.
    private const double RelativeTolerance = 1e-6;
    private readonly CbcSolver _solver = new();

    [Theory]
    [InlineData("cap41")]
    [InlineData("cap71")]
    [InlineData("cap131")]
    public void Solve_OrLibInstance_ReachesPublishedOptimum(string name)
    {
        var instance = OrLibCflpReader.Read(OrLibData.PathOf(name));
        var expected = OrLibData.CapacitatedOptimum(name);

        var result = CapacitatedFacilityLocation.Build(instance).Solve(_solver, new SolverOptions());

        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(expected, result.TotalCost, expected * RelativeTolerance);
        Assert.NotEmpty(result.OpenWarehouses);
    }

    [Fact]
    public void Solve_Uncapacitated_ReachesPublishedUncapacitatedOptimum()
    {
        var instance = OrLibCflpReader.Read(OrLibData.PathOf("cap131"));
        var expected = OrLibData.UncapacitatedOptimum("cap131");

        var result = CapacitatedFacilityLocation.Build(instance, new FacilityLocationOptions { Uncapacitated = true })
            .Solve(_solver, new SolverOptions());

        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(expected, result.TotalCost, expected * RelativeTolerance);
    }

    [Fact]
    public void Solve_CapacityForcesSplitDemand_MatchesHandComputedOptimum()
    {
        // Two warehouses, capacity 6 each, fixed costs 10 and 1; two customers of demand 4.
        // Serving all of a customer costs 4 from warehouse 1 and 40 from warehouse 2. Opening both
        // is forced (demand 8 > 6); warehouse 1 takes 6 units (cost 6 at 1 per unit), warehouse 2
        // the remaining 2 units (cost 20 at 10 per unit): total 10 + 1 + 6 + 20 = 37.
        var instance = new FacilityLocationInstance("split", [6, 6], [10, 1], [4, 4], [4, 40, 4, 40]);
        var formulation = CapacitatedFacilityLocation.Build(instance);

        var result = formulation.Solve(_solver, new SolverOptions());

        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(37.0, result.TotalCost, 1e-9);
        Assert.Equal([0, 1], result.OpenWarehouses);
    }

    [Fact]
    public void Solve_TotalDemandAboveTotalCapacity_IsInfeasible()
    {
        var instance = new FacilityLocationInstance("short", [3, 3], [1, 1], [4, 4], [1, 1, 1, 1]);

        var result = CapacitatedFacilityLocation.Build(instance).Solve(_solver, new SolverOptions());

        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.Empty(result.OpenWarehouses);
    }

    [Theory]
    [InlineData(false, true, 16 + 50 + 1 + 800)]
    [InlineData(false, false, 16 + 50 + 1)]
    [InlineData(true, false, 50 + 800)]
    public void Build_Options_AddTheExpectedRows(bool uncapacitated, bool strongLinking, int rows)
    {
        var instance = OrLibCflpReader.Read(OrLibData.PathOf("cap41"));

        var model = CapacitatedFacilityLocation.Build(
            instance, new FacilityLocationOptions { Uncapacitated = uncapacitated, StrongLinking = strongLinking }).Model;

        Assert.Equal(16 + 800, model.VariableCount);
        Assert.Equal(16, model.IntegerCount);
        Assert.Equal(rows, model.ConstraintCount);
    }
}
