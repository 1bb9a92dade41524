using Sim.Engine.Optimisation;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// The cost-delay frontier by the epsilon-constraint method: the cheapest plan (least cost plus
/// delay cost) and its mean delivery days D_c; the least mean delivery days any plan reaches, D_f
/// (every service level still met); then the cheapest plan with mean days at most
/// D_c − (D_c − D_f)·i/(K − 1) for i = 1 .. K − 1, the last being the cheapest of the fastest plans.
/// Stateless and thread-safe.
/// </summary>
public static class CostDelayFrontier
{
    /// <summary>Traces <paramref name="points"/> plans from the cheapest to the fastest.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="solver">The MIP backend.</param>
    /// <param name="solverOptions">Time limit, gap and threads of every solve.</param>
    /// <param name="points">K, the number of plans, at least 1 (1: the cheapest only).</param>
    /// <returns>The plans, cheapest first.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is below 1.</exception>
    /// <exception cref="PlanningInfeasibleException">No plan meets the service levels.</exception>
    public static IReadOnlyList<FrontierPoint> Trace(PlanningProblem problem, IMipSolver solver, SolverOptions solverOptions, int points)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(solverOptions);
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 1);
        var cheapest = NetworkDesigner.Solve(problem, solver, solverOptions);
        var result = new List<FrontierPoint> { Point(0, null, cheapest) };
        if (points == 1)
        {
            return result;
        }

        double slowest = cheapest.Overall.MeanDays;
        double fastest = NetworkDesigner.Solve(problem, solver, solverOptions, new NetworkDesignOptions { Objective = DesignObjective.MeanDays }).Overall.MeanDays;
        for (int i = 1; i < points; i++)
        {
            // A hair above the bound keeps the fastest plan feasible despite the solver's tolerances.
            double bound = slowest - ((slowest - fastest) * i / (points - 1)) + (1e-7 * Math.Max(1, fastest));
            result.Add(Point(i, bound, NetworkDesigner.Solve(problem, solver, solverOptions, new NetworkDesignOptions { MaxMeanDays = bound })));
        }

        return result;
    }

    private static FrontierPoint Point(int index, double? bound, NetworkDesignSolution solution)
    {
        var levels = StockLevelPlanner.Plan(solution);
        return new FrontierPoint(index, bound, solution, levels, PlanAssembler.Assemble(solution, levels));
    }
}
