using Sim.Engine.Optimisation;
using Sim.Models.Kpis;
using Sim.Models.Planning.Plans;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// The simulation-optimisation loop: plan with expected times and costs; simulate the plan; hold each
/// service target against the simulation (<see cref="ServiceLevelCheck"/>); correct the expected times
/// and costs where the simulation differs (queues at hubs and customs, full departures, stock-outs,
/// shared departure charges, stock costs), damped (<see cref="AdjustmentUpdate"/>), and tighten each
/// target the simulation fell short of by its shortfall (<see cref="TargetTightening"/>); plan again.
/// It stops when the plan holds (<see cref="LoopRound.Converged"/>: unchanged, every target met,
/// planned figures within 3% of simulated), when no plan reaches a tightened target (it cannot meet
/// that level in simulation, and says so), or after the given rounds. The routes are compiled once
/// (<see cref="RouteCatalogue"/>). Not thread-safe (one loop runs on one thread; the simulation it is
/// given may run replications in parallel).
/// </summary>
public sealed class SimulationOptimisationLoop
{
    private readonly RouteCatalogue _catalogue;
    private readonly IMipSolver _solver;
    private readonly SolverOptions _solverOptions;
    private readonly Func<Plan, IReadOnlyList<ReplicationKpis>> _simulate;
    private readonly double _damping;

    /// <summary>Creates the loop.</summary>
    /// <param name="catalogue">The scenario's routes.</param>
    /// <param name="solver">The MIP backend.</param>
    /// <param name="solverOptions">Time limit, gap and threads of every solve.</param>
    /// <param name="simulate">Simulates a plan and returns each replication (with the study's seed and replications, so that rounds share common random numbers).</param>
    /// <param name="damping">α in (0, 1]: how far each round moves the corrections towards the measured ones; default 0.5.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="damping"/> is outside (0, 1].</exception>
    public SimulationOptimisationLoop(RouteCatalogue catalogue, IMipSolver solver, SolverOptions solverOptions, Func<Plan, IReadOnlyList<ReplicationKpis>> simulate, double damping = 0.5)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(solverOptions);
        ArgumentNullException.ThrowIfNull(simulate);
        if (!(damping > 0 && damping <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(damping), damping, "The damping must be in (0, 1].");
        }

        _catalogue = catalogue;
        _solver = solver;
        _solverOptions = solverOptions;
        _simulate = simulate;
        _damping = damping;
    }

    /// <summary>Runs at most <paramref name="rounds"/> rounds.</summary>
    /// <param name="rounds">N, at least 1.</param>
    /// <param name="roundDone">Called after each round (for progress); may be null.</param>
    /// <returns>Every round, in order (the last holds the plan to use), and why the loop stopped.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounds"/> is below 1.</exception>
    /// <exception cref="PlanningInfeasibleException">No plan meets the service levels as the scenario sets them (in the first round).</exception>
    public LoopResult Run(int rounds, Action<LoopRound>? roundDone = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var result = new List<LoopRound>();
        var adjustments = PlanningAdjustments.None;
        LoopRound? previous = null;
        for (int round = 1; round <= rounds; round++)
        {
            NetworkDesignSolution solution;
            try
            {
                solution = NetworkDesigner.Solve(PlanningProblem.From(_catalogue, adjustments), _solver, _solverOptions);
            }
            catch (PlanningInfeasibleException exception) when (previous is not null)
            {
                return new LoopResult(result, LoopEnd.CannotMeet, exception.Shortfalls);
            }

            var plan = PlanAssembler.Assemble(solution, StockLevelPlanner.Plan(solution));
            var replications = _simulate(plan);
            var levels = solution.Problem.ServiceTargets.Select(t => ServiceLevelCheck.Of(t, solution, replications)).ToList();
            var done = new LoopRound(round, solution, plan, PlanChanges.Between(previous?.Plan, plan), KpiSummary.FromReplications(replications), levels);
            result.Add(done);
            roundDone?.Invoke(done);
            if (done.Converged)
            {
                return new LoopResult(result, LoopEnd.Converged, []);
            }

            var (required, atLimit) = TargetTightening.Next(adjustments, levels);
            if (atLimit.Count > 0)
            {
                return new LoopResult(result, LoopEnd.CannotMeet, atLimit);
            }

            adjustments = AdjustmentUpdate.Next(solution, done.Simulated, _damping, previous?.Solution) with { RequiredTargets = required };
            previous = done;
        }

        return new LoopResult(result, LoopEnd.RoundLimit, []);
    }
}
