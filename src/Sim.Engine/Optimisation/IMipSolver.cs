namespace Sim.Engine.Optimisation;

/// <summary>
/// A linear / mixed-integer programming backend. Formulations build a <see cref="LinearModel"/> and
/// hand it to whichever backend is available; they never see the backend's own types.
/// Implementations must be safe to call from several threads (they may serialise solves).
/// </summary>
public interface IMipSolver
{
    /// <summary>A short name for logs and results, e.g. <c>CBC</c>.</summary>
    string Name { get; }

    /// <summary>Checks, without throwing, whether the backend can run here.</summary>
    SolverAvailability Probe();

    /// <summary>Solves a model.</summary>
    /// <param name="model">The model; not modified.</param>
    /// <param name="options">Limits, gap, threads, log level, warm start.</param>
    /// <returns>The outcome; solver failures are reported as <see cref="SolveStatus.Error"/>, not thrown.</returns>
    /// <exception cref="SolverUnavailableException">The backend's native library is missing.</exception>
    /// <exception cref="ArgumentException">The MIP start does not have one value per variable.</exception>
    SolveResult Solve(LinearModel model, SolverOptions options);
}
