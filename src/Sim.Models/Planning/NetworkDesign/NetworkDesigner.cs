using Sim.Engine.Optimisation;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// Builds and solves the network-design MIP of a problem. When no plan meets the requirements, it
/// solves the relaxation that minimises the total shortfall and throws a
/// <see cref="PlanningInfeasibleException"/> naming each market or station whose target cannot be
/// met with the best value a plan reaches there. Stateless and thread-safe (solves queue in the solver).
/// </summary>
public static class NetworkDesigner
{
    /// <summary>A relaxation slack below this share of its target is rounding, not a shortfall.</summary>
    public const double ShortfallTolerance = 1e-6;

    /// <summary>Solves <paramref name="problem"/>.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="solver">The MIP backend (CBC).</param>
    /// <param name="solverOptions">Time limit, gap, threads, log level.</param>
    /// <param name="options">Objective, epsilon bound, order cycles; defaults when null.</param>
    /// <returns>The solution: optimal, or the best found at a limit (with its gap).</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="PlanningInfeasibleException">No plan meets the requirements.</exception>
    /// <exception cref="SolverUnavailableException">The solver's native library is missing.</exception>
    /// <exception cref="InvalidOperationException">The solver found no plan within its limits, or failed.</exception>
    public static NetworkDesignSolution Solve(PlanningProblem problem, IMipSolver solver, SolverOptions solverOptions, NetworkDesignOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(solverOptions);
        var design = NetworkDesignModel.Build(problem, options);
        var result = solver.Solve(design.Model, solverOptions);
        return result.Status switch
        {
            SolveStatus.Optimal or SolveStatus.FeasibleLimitReached => SolutionReader.Read(design, result),
            SolveStatus.Infeasible => throw new PlanningInfeasibleException(Shortfalls(problem, solver, solverOptions, options)),
            SolveStatus.NoSolutionLimitReached => throw new InvalidOperationException("The solver found no plan within its limits: raise --time-limit."),
            _ => throw new InvalidOperationException($"The solver failed ({result.Status}); rerun with --verbose for its log."),
        };
    }

    /// <summary>The requirements that cannot be met, from the relaxation that minimises the total (normalised) shortfall.</summary>
    public static IReadOnlyList<Shortfall> Shortfalls(PlanningProblem problem, IMipSolver solver, SolverOptions solverOptions, NetworkDesignOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(solverOptions);
        var design = NetworkDesignModel.Build(problem, (options ?? new NetworkDesignOptions()) with { Objective = DesignObjective.Shortfall });
        var result = solver.Solve(design.Model, solverOptions);
        if (!result.HasSolution)
        {
            return [new Shortfall("the plan", "other", double.NaN, double.NaN)];
        }

        var shortfalls = new List<Shortfall>();
        foreach (var slack in design.Variables.Slacks)
        {
            double excess = result.Values[slack.Column] / slack.Scale;
            if (excess > ShortfallTolerance * Math.Max(1, Math.Abs(slack.Target)))
            {
                double best = slack.AtLeast ? slack.Target - excess : slack.Target + excess;
                shortfalls.Add(new Shortfall(slack.Subject, slack.Constraint, slack.Target, best, slack.WithinDays));
            }
        }

        return shortfalls.Count > 0 ? shortfalls : [new Shortfall("the plan", "other", double.NaN, double.NaN)];
    }
}
