namespace Sim.Engine.Optimisation;

/// <summary>
/// The outcome of a solve, mapped from the backend's own codes. A solve stopped by a time, node
/// or solution limit is never reported as <see cref="Optimal"/>, even when its incumbent happens
/// to be optimal.
/// </summary>
public enum SolveStatus
{
    /// <summary>Proven optimal (within the requested relative gap, see <see cref="SolverOptions.RelativeGap"/>).</summary>
    Optimal = 0,

    /// <summary>A limit stopped the search; the best feasible solution found so far is returned.</summary>
    FeasibleLimitReached = 1,

    /// <summary>A limit stopped the search before any feasible solution was found.</summary>
    NoSolutionLimitReached = 2,

    /// <summary>Proven to have no feasible solution.</summary>
    Infeasible = 3,

    /// <summary>The objective can improve without bound (the continuous relaxation is unbounded).</summary>
    Unbounded = 4,

    /// <summary>The solver abandoned the search (numerical trouble) or failed in an unexpected way.</summary>
    Error = 5,
}
