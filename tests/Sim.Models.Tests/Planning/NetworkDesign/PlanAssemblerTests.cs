using Sim.Engine.Optimisation;
using Sim.Engine.Optimisation.Cbc;
using Sim.Models.Planning.NetworkDesign;
using Sim.Models.Planning.Plans;
using Sim.Models.Tests.Flow;

namespace Sim.Models.Tests.Planning.NetworkDesign;

public sealed class PlanAssemblerTests
{
    private static readonly Lazy<(NetworkDesignSolution Solution, Plan Plan)> Baseline = new(() =>
    {
        var solution = NetworkDesigner.Solve(PlanningProblem.From(BaselineScenario.Value), new CbcSolver(), new SolverOptions { Threads = 2 });
        return (solution, PlanAssembler.Assemble(solution, StockLevelPlanner.Plan(solution)));
    });

    [Fact]
    public void Assemble_Baseline_PlanIsValidForItsScenario()
    {
        Assert.Empty(PlanValidator.Validate(Baseline.Value.Plan, BaselineScenario.Value));
    }

    [Fact]
    public void Assemble_Baseline_WrittenAndReadBackIsTheSamePlan()
    {
        var plan = Baseline.Value.Plan;

        var read = PlanLoader.TryParse(PlanYamlWriter.ToYaml(plan), "plan.yaml", BaselineScenario.Value, out var errors);

        Assert.Empty(errors);
        Assert.Equal(plan, read);
    }

    [Fact]
    public void Assemble_Baseline_LanesCoverEverySegmentWithItsShares()
    {
        var (solution, plan) = Baseline.Value;
        var problem = solution.Problem;

        foreach (var segment in problem.Segments)
        {
            var lane = plan.Lanes.Single(l => l.Origin == segment.Origin && l.Market == segment.Market && l.ProductClass == segment.ProductClass
                && (l.Segment == OrderSegment.All || l.Segment == segment.Segment));
            var expected = problem.RoutesOf(segment.Index).Where(k => solution.Shares[k] > 0).Select(k => (problem.Routes[k].Mode, problem.Routes[k].Warehouse, solution.Shares[k]));
            Assert.Equal(expected, lane.Shares.Select(s => (s.Mode, s.Warehouse, s.Share)));
        }

        Assert.Equal(solution.Overall.OnTimeProbability, plan.Figures!.OnTimeProbability!.Value, 5);
    }

    [Fact]
    public void Assemble_Baseline_OpenWarehousesStockWhatTheRoutesDrawOn()
    {
        var plan = Baseline.Value.Plan;

        foreach (var share in plan.Lanes.SelectMany(l => l.Shares.Select(s => (l.ProductClass, s.Warehouse))).Where(s => s.Warehouse is not null))
        {
            var warehouse = plan.Warehouses.Single(w => w.Id == share.Warehouse);
            Assert.Contains(warehouse.Policies, p => p.ProductClass == share.ProductClass);
        }
    }
}
