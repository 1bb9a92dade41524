namespace Sim.Engine.Optimisation;

/// <summary>
/// What a solve found. Objective values are in the model's own sense and include
/// <see cref="LinearModel.ObjectiveConstant"/>. Immutable.
/// </summary>
public sealed record SolveResult
{
    /// <summary>How the solve ended.</summary>
    public required SolveStatus Status { get; init; }

    /// <summary>Objective of the best solution found, or NaN when there is none.</summary>
    public required double Objective { get; init; }

    /// <summary>Best proven bound on the optimal objective (a lower bound when minimising), or NaN when unknown.</summary>
    public required double BestBound { get; init; }

    /// <summary>
    /// Relative gap <c>|Objective - BestBound| / max(|Objective|, 1e-10)</c>; 0 for a proven optimum
    /// with matching bound, NaN without a solution or bound.
    /// </summary>
    public required double Gap { get; init; }

    /// <summary>Value of every variable in the best solution (by column index); empty when there is none.</summary>
    public required IReadOnlyList<double> Values { get; init; }

    /// <summary>Branch-and-bound nodes explored (0 for a pure LP).</summary>
    public required long Nodes { get; init; }

    /// <summary>Wall-clock seconds spent in the backend, loading the model included.</summary>
    public required double Seconds { get; init; }

    /// <summary>The solver's own log text, as it would have printed it (may be empty).</summary>
    public required string Log { get; init; }

    /// <summary>Whether <see cref="Values"/> holds a feasible solution.</summary>
    public bool HasSolution => Status is SolveStatus.Optimal or SolveStatus.FeasibleLimitReached;

    /// <summary>The value of one variable in the best solution.</summary>
    /// <param name="variable">A variable of the solved model.</param>
    /// <exception cref="InvalidOperationException">There is no solution.</exception>
    public double ValueOf(Variable variable)
    {
        if (!HasSolution)
        {
            throw new InvalidOperationException($"There is no solution to read (status {Status}).");
        }

        return Values[variable.Index];
    }

    /// <summary>The relative gap between an objective and a bound, as <see cref="Gap"/> defines it.</summary>
    /// <param name="objective">Incumbent objective.</param>
    /// <param name="bound">Best bound.</param>
    public static double RelativeGap(double objective, double bound) =>
        double.IsFinite(objective) && double.IsFinite(bound)
            ? Math.Abs(objective - bound) / Math.Max(Math.Abs(objective), 1e-10)
            : double.NaN;
}
