using Sim.Engine.Optimisation;
using Sim.Models.Inventory;
using Sim.Models.Planning.NetworkDesign;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Planning.NetworkDesign;

/// <summary>The scenario's warehouse fields in the MIP: candidates and fixed costs, storage in m³, picking, several markets from one stock.</summary>
public sealed partial class NetworkDesignerTests
{
    private static PlanningSettings Punctual => Settings(0.8);

    /// <summary>
    /// The fixed cost that makes the candidate warehouse exactly not worth opening: the cost of the best
    /// plan without it (its fixed cost so high it stays closed) less the cost of the best plan with it
    /// free.
    /// </summary>
    private static double BreakEvenFixedCost()
    {
        double free = Solve(w => w with { Candidate = true }).Result.Objective;
        double without = Solve(w => w with { Candidate = true, FixedCostPerDay = 1e6 }).Result.Objective;
        Assert.True(without > free + 1, "the warehouse must be worth something for the test to mean anything");
        return without - free;
    }

    /// <summary>
    /// A tenth below the break-even fixed cost the candidate opens, a tenth above it stays closed; both
    /// times the MIP's plan and cost are those of enumeration (which pays a candidate's fixed cost only
    /// when a route uses it).
    /// </summary>
    [Theory]
    [InlineData(0.9, true)]
    [InlineData(1.1, false)]
    public void Solve_CandidateWarehouse_OpensOnlyWhenItsFixedCostPays(double ofBreakEven, bool opens)
    {
        double fixedCost = ofBreakEven * BreakEvenFixedCost();
        var problem = PlanningProblem.From(PlanningScenarios.WithWarehouse(Punctual, w => w with { Candidate = true, FixedCostPerDay = fixedCost }));

        var solution = NetworkDesigner.Solve(problem, Solver, Options);

        Assert.Equal(opens, solution.OpenWarehouses[0]);
        Assert.Equal(opens, problem.Routes.Any(r => r.FromStock && solution.Shares[r.Index] > 0.5));
        AssertEnumerationAgrees(problem, solution);
    }

    /// <summary>
    /// A warehouse that is not a candidate is open even when its fixed cost is five times what it saves,
    /// where a candidate closes: its fixed cost is sunk, so the plan is the one of a free warehouse and
    /// the objective that plan's plus the fixed cost. Enumeration agrees.
    /// </summary>
    [Fact]
    public void Solve_NonCandidateNotWorthOpening_StaysOpenAndPaysItsFixedCost()
    {
        double fixedCost = 5 * BreakEvenFixedCost();
        var closable = Solve(w => w with { Candidate = true, FixedCostPerDay = fixedCost });
        var free = Solve(w => w with { Candidate = false });
        var problem = PlanningProblem.From(PlanningScenarios.WithWarehouse(Punctual, w => w with { Candidate = false, FixedCostPerDay = fixedCost }));

        var solution = NetworkDesigner.Solve(problem, Solver, Options);

        Assert.False(closable.OpenWarehouses[0]);
        Assert.True(solution.OpenWarehouses[0]);
        Assert.Equal(free.Shares, solution.Shares);
        Assert.Equal(free.Result.Objective + fixedCost, solution.Result.Objective, 1e-6 * solution.Result.Objective);
        AssertEnumerationAgrees(problem, solution);
    }

    /// <summary>
    /// A warehouse serving the US and CA is one option holding one stock per class, whose demand bound
    /// is both markets' units; opened for both, its fixed cost is paid once: raising it by 100 raises the
    /// optimum by exactly 100. Enumeration agrees.
    /// </summary>
    [Fact]
    public void Solve_WarehouseServingTwoMarkets_OneStockOpenedOnceWithOneFixedCost()
    {
        static PlanningProblem Problem(double fixedCost) =>
            PlanningProblem.From(PlanningScenarios.WithWarehouse(Punctual, w => w with { Candidate = true, FixedCostPerDay = fixedCost }, canada: true));
        var problem = Problem(100);

        var solution = NetworkDesigner.Solve(problem, Solver, Options);
        var dearer = NetworkDesigner.Solve(Problem(200), Solver, Options);

        var warehouse = Assert.Single(problem.Warehouses);
        Assert.Equal(["US", "CA"], warehouse.Markets);
        var gadgets = Assert.Single(problem.StockOptions, o => o.ProductClass == "gadget");
        Assert.Equal(problem.Segments.Where(s => s.ProductClass == "gadget").Sum(s => s.UnitsPerDay), gadgets.MaxUnitsPerDay, 9);
        var served = problem.Routes.Where(r => r.StockOption == gadgets.Index && solution.Shares[r.Index] > 0.5).Select(r => problem.Segments[r.Segment].Market).Distinct();
        Assert.Equal(["CA", "US"], served.Order());
        Assert.True(solution.OpenWarehouses[0] && dearer.OpenWarehouses[0]);
        Assert.Equal(100, dearer.Result.Objective - solution.Result.Objective, 1e-6 * solution.Result.Objective);
        AssertEnumerationAgrees(problem, solution);
    }

    /// <summary>
    /// Storage in m³ and picking per day bind where the warehouse is worth using: at 10 m³ (a widget
    /// takes 0.01 m³, a gadget 0.002) and at 150 picks a day (fewer than the 180 B2C gadget orders) the
    /// MIP must still find the plan enumeration finds, which checks the storage per m³ and every
    /// station's load, picking included.
    /// </summary>
    [Theory]
    [InlineData(10.0, null)]
    [InlineData(null, 150.0)]
    [InlineData(10.0, 150.0)]
    public void Solve_StorageInCubicMetresOrPickCapacity_FindsThePlanThatEnumerationFinds(double? m3, double? picks)
    {
        var problem = PlanningProblem.From(PlanningScenarios.WithWarehouse(Punctual, w => w with { CapacityM3 = m3, PickCapacityPerDay = picks }));
        var unlimited = NetworkDesigner.Solve(PlanningProblem.From(PlanningScenarios.WithWarehouse(Punctual, w => w)), Solver, Options);

        var solution = NetworkDesigner.Solve(problem, Solver, Options);

        // The limit must change the answer, or the case tests nothing.
        Assert.True(solution.Result.Objective > unlimited.Result.Objective + 1e-3);
        Assert.Equal(picks is not null, problem.Stations.Any(s => s.Name == "quota=us-wh/pick (orders/day)"));
        AssertEnumerationAgrees(problem, solution);
    }

    private static NetworkDesignSolution Solve(Func<Warehouse, Warehouse> edit) =>
        NetworkDesigner.Solve(PlanningProblem.From(PlanningScenarios.WithWarehouse(Punctual, edit)), Solver, Options);

    private static void AssertEnumerationAgrees(PlanningProblem problem, NetworkDesignSolution solution)
    {
        var (cost, routes) = PlanEnumeration.Best(problem);
        Assert.Equal(SolveStatus.Optimal, solution.Status);
        Assert.Equal(cost, solution.Result.Objective, cost * 1e-7);
        Assert.Equal(routes, problem.Segments.Select(s => problem.RoutesOf(s.Index).Single(k => solution.Shares[k] > 0.5)));
    }
}
