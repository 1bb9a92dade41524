using System.Globalization;
using Sim.Engine.Optimisation;
using Sim.Engine.Optimisation.Cbc;
using Sim.Models.Flow;
using Sim.Models.Kpis;
using Sim.Models.Planning.NetworkDesign;
using Sim.Models.Planning.Plans;
using Sim.Runner.Charts;
using Sim.Runner.Output;
using Sim.Runner.Studies;

namespace Sim.Runner.Commands;

/// <summary>
/// Everything <c>sim optimise SCENARIO</c> computed: the plan (from one solve, or the last round of the
/// loop) with its solution, stock levels and simulation, its service levels held against that
/// simulation, the scenario as given simulated with the same random numbers, the loop's rounds and the
/// frontier's plans with their simulations; and how they are written into a result set. Immutable once computed.
/// </summary>
internal sealed class PlanningOutcome
{
    private PlanningOutcome(NetworkDesignSolution solution, IReadOnlyList<StockLevelPlan> levels, Plan plan, (KpiSummary Summary, ReplicationKpis[] Replications) simulated, (KpiSummary Summary, ReplicationKpis[] Replications) given, LoopResult? loop, IReadOnlyList<(FrontierPoint Point, KpiSummary Simulated)> frontier)
    {
        Solution = solution;
        Levels = levels;
        Plan = plan;
        Simulated = simulated;
        Given = given;
        Loop = loop;
        Frontier = frontier;
        ServiceLevels = [.. solution.Problem.ServiceTargets.Select(t => ServiceLevelCheck.Of(t, solution, simulated.Replications))];
    }

    public NetworkDesignSolution Solution { get; }

    public IReadOnlyList<StockLevelPlan> Levels { get; }

    public Plan Plan { get; }

    public (KpiSummary Summary, ReplicationKpis[] Replications) Simulated { get; }

    public (KpiSummary Summary, ReplicationKpis[] Replications) Given { get; }

    /// <summary>The loop's rounds and verdict; null without <c>--loop</c>.</summary>
    public LoopResult? Loop { get; }

    /// <summary>The plan's service targets held against its simulation.</summary>
    public IReadOnlyList<ServiceLevelCheck> ServiceLevels { get; }

    /// <summary>True when the loop ran and ended with a service level its plan does not meet in simulation.</summary>
    public bool LoopFellShort => Loop is { } loop && loop.Unmet.Count > 0;

    public IReadOnlyList<(FrontierPoint Point, KpiSummary Simulated)> Frontier { get; }

    /// <summary>Plans and simulates what <paramref name="request"/> asks for.</summary>
    /// <exception cref="PlanningInfeasibleException">No plan meets the requirements.</exception>
    public static PlanningOutcome Compute(Study study, OptimiseRequest request, TextWriter error)
    {
        var solver = new CbcSolver();
        var catalogue = RouteCatalogue.Of(study.Scenario);
        var problem = PlanningProblem.From(catalogue);
        if (request.WriteLp is not null)
        {
            LpFileWriter.WriteFile(NetworkDesignModel.Build(problem).Model, request.WriteLp.FullName);
        }

        var given = study.Simulate($"simulate {study.Scenario.Name} as given", FlowOverrides.None);
        LoopResult? loop = null;
        NetworkDesignSolution solution;
        if (request.Loop is { } n)
        {
            var rounds = new SimulationOptimisationLoop(catalogue, solver, study.SolverOptions, plan => study.Simulate("simulate plan (loop)", PlanOverrides.For(plan, study.Scenario)).Replications);
            loop = rounds.Run(n);
            solution = loop.Last.Solution;
            problem = solution.Problem;
        }
        else
        {
            solution = NetworkDesigner.Solve(problem, solver, study.SolverOptions);
        }

        if (request.Verbose)
        {
            error.Write(solution.Result.Log);
        }

        var levels = StockLevelPlanner.Plan(solution);
        var plan = PlanAssembler.Assemble(solution, levels);
        var simulated = study.Simulate("simulate plan", PlanOverrides.For(plan, study.Scenario));
        var frontier = new List<(FrontierPoint, KpiSummary)>();
        if (request.Pareto is { } k)
        {
            foreach (var point in CostDelayFrontier.Trace(problem, solver, study.SolverOptions, k))
            {
                frontier.Add((point, study.SimulatePlan($"simulate frontier plan {point.Index + 1} of {k}", point.Plan)));
            }
        }

        return new PlanningOutcome(solution, levels, plan, simulated, given, loop, frontier);
    }

    /// <summary>
    /// Writes the result files into <paramref name="set"/> (with a frontier, its chart under
    /// <c>charts/</c>: PNG and SVG with their CSV and gnuplot script); returns the comparison rows and the
    /// service levels' lines for the console. A chart gnuplot cannot draw is a warning on <paramref name="warnings"/>.
    /// </summary>
    public (IReadOnlyList<(string Group, SimulatedFigures? Scenario, PlannedFigures? Planned, SimulatedFigures? Simulated)> Markets, IReadOnlyList<PlanningFigureRow> Levels) Write(ResultSet set, Study study, TextWriter warnings)
    {
        set.Write("plan.yaml", stream => Text(stream, writer => PlanYamlWriter.Write(Plan, writer)));
        set.Write("plan.csv", stream => Text(stream, writer => PlanCsvWriter.Write(Plan, writer)));
        set.Write("kpis.csv", stream => KpiCsvWriter.Write(stream, ReportedRows.Select(Simulated.Summary, Simulated.Replications)));
        set.Write("kpis-scenario.csv", stream => KpiCsvWriter.Write(stream, ReportedRows.Select(Given.Summary, Given.Replications)));
        var comparison = new List<(string, SimulatedFigures?, PlannedFigures?, SimulatedFigures?)>
        {
            ("all", SimulatedFigures.From(Given.Summary, "all"), Solution.Overall, SimulatedFigures.From(Simulated.Summary, "all")),
        };
        var markets = study.Scenario.Markets.Select(m => m.Code).ToList();
        foreach (var market in markets.Where(Solution.Markets.ContainsKey))
        {
            string group = "market=" + market;
            comparison.Add((group, SimulatedFigures.From(Given.Summary, group), Solution.Markets[market], SimulatedFigures.From(Simulated.Summary, group)));
        }

        var levels = PlanningFigureRows.Levels(ServiceLevels, Given.Replications, Loop?.End == LoopEnd.CannotMeet).ToList();
        set.Write("comparison.csv", stream => PlanningCsv.WriteComparison(stream, [.. PlanningFigureRows.Groups(Solution, markets, Simulated.Summary, Given.Summary), .. levels]));
        set.Write("stock.csv", stream => PlanningCsv.WriteStock(stream, [.. Levels.Select(level =>
        {
            var row = Simulated.Summary.Find($"warehouse={level.Warehouse};product={level.Policy.ProductClass}", "fill_rate");
            return (level, row?.Mean ?? double.NaN, row?.HalfWidth ?? double.NaN);
        })]));
        set.Write("solve.json", stream => SolveRecord.Write(stream, Solution, study));
        if (Loop is { } loop)
        {
            var rounds = loop.Rounds.Select(round => (round, (IReadOnlyList<PlanningFigureRow>)[
                .. PlanningFigureRows.Groups(round.Solution, markets, round.Simulated, null).Where(r => r.Measure is "cost_per_parcel" or "delivery_days_mean"),
                .. PlanningFigureRows.Levels(round.Levels, null, round == loop.Last && loop.End == LoopEnd.CannotMeet)])).ToList();
            set.Write("rounds.csv", stream => PlanningCsv.WriteRounds(stream, rounds));
        }

        if (Frontier.Count > 0)
        {
            var rows = Frontier.Select(f => (f.Point, string.Create(CultureInfo.InvariantCulture, $"frontier/plan-{f.Point.Index + 1}.yaml"), SimulatedFigures.From(f.Simulated, "all"))).ToList();
            foreach (var (point, file, _) in rows)
            {
                set.Write(file, stream => Text(stream, writer => PlanYamlWriter.Write(point.Plan, writer)));
            }

            set.Write(FrontierChart.FileName, stream => PlanningCsv.WriteFrontier(stream, rows));
            var chart = FrontierChart.TryBuild(set.PathOf(FrontierChart.FileName), out string problem)
                ?? throw new InvalidOperationException($"The frontier written cannot be charted: {problem}");
            RunFolder.DrawCharts(set.PathOf("charts"), [chart], warnings);
        }

        return (comparison, levels);
    }

    private static void Text(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        write(writer);
    }
}
