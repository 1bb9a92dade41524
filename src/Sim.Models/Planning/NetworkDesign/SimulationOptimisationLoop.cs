using Sim.Engine.Optimisation;
using Sim.Models.Kpis;
using Sim.Models.Planning.Plans;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// The simulation-optimisation loop: plan with expected times and costs; simulate the plan; correct
/// the expectations where the simulation differs (queues at hubs and customs, full departures,
/// stock-outs, shared departure charges), damped (<see cref="AdjustmentUpdate"/>); plan again; stop when
/// the plan no longer changes (<see cref="PlanChanges"/>) or after the given rounds. The routes are
/// compiled once (<see cref="RouteCatalogue"/>). Not thread-safe (one loop runs on one thread; the
/// simulation it is given may run replications in parallel).
/// </summary>
public sealed class SimulationOptimisationLoop
{
    private readonly RouteCatalogue _catalogue;
    private readonly IMipSolver _solver;
    private readonly SolverOptions _solverOptions;
    private readonly Func<Plan, KpiSummary> _simulate;
    private readonly double _damping;

    /// <summary>Creates the loop.</summary>
    /// <param name="catalogue">The scenario's routes.</param>
    /// <param name="solver">The MIP backend.</param>
    /// <param name="solverOptions">Time limit, gap and threads of every solve.</param>
    /// <param name="simulate">Simulates a plan (with the study's seed and replications, so that rounds share common random numbers).</param>
    /// <param name="damping">α in (0, 1]: how far each round moves the corrections towards the measured ones; default 0.5.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="damping"/> is outside (0, 1].</exception>
    public SimulationOptimisationLoop(RouteCatalogue catalogue, IMipSolver solver, SolverOptions solverOptions, Func<Plan, KpiSummary> simulate, double damping = 0.5)
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
    /// <returns>Every round, in order; the last holds the plan to use.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounds"/> is below 1.</exception>
    /// <exception cref="PlanningInfeasibleException">No plan meets the service levels (in the first round, or once corrected).</exception>
    public IReadOnlyList<LoopRound> Run(int rounds, Action<LoopRound>? roundDone = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var result = new List<LoopRound>();
        var adjustments = PlanningAdjustments.None;
        Plan? previous = null;
        for (int round = 1; round <= rounds; round++)
        {
            var solution = NetworkDesigner.Solve(PlanningProblem.From(_catalogue, adjustments), _solver, _solverOptions);
            var plan = PlanAssembler.Assemble(solution, StockLevelPlanner.Plan(solution));
            var done = new LoopRound(round, solution, plan, PlanChanges.Between(previous, plan), _simulate(plan));
            result.Add(done);
            roundDone?.Invoke(done);
            if (done.Converged)
            {
                break;
            }

            adjustments = AdjustmentUpdate.Next(solution, done.Simulated, _damping);
            previous = plan;
        }

        return result;
    }
}
