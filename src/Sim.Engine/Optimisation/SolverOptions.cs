namespace Sim.Engine.Optimisation;

/// <summary>
/// How a solve runs. Immutable; the defaults prove optimality on one thread with no time limit
/// and a quiet log.
/// </summary>
public sealed record SolverOptions
{
    private readonly TimeSpan? _timeLimit;
    private readonly double _relativeGap;
    private readonly int _threads = 1;
    private readonly int _logLevel;

    /// <summary>
    /// Wall-clock limit for the search, or null for none. Must be positive. Backends check it
    /// between steps: CBC finishes the root LP relaxation before it first looks at the clock, and
    /// does not apply the limit to pure LPs.
    /// </summary>
    public TimeSpan? TimeLimit
    {
        get => _timeLimit;
        init
        {
            if (value is { } limit)
            {
                ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero, nameof(TimeLimit));
            }

            _timeLimit = value;
        }
    }

    /// <summary>
    /// Stop, and report <see cref="SolveStatus.Optimal"/>, once
    /// <c>|incumbent - bound| / |incumbent| &lt;= RelativeGap</c>; 0 (the default) asks for a proof
    /// of optimality. In [0, 1).
    /// </summary>
    public double RelativeGap
    {
        get => _relativeGap;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(RelativeGap));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(value, 1.0, nameof(RelativeGap));
            _relativeGap = value;
        }
    }

    /// <summary>Threads the backend may use for branch and bound; at least 1 (the default).</summary>
    public int Threads
    {
        get => _threads;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(Threads));
            _threads = value;
        }
    }

    /// <summary>
    /// Detail of the solver log captured into <see cref="SolveResult.Log"/>: 0 (default) almost
    /// silent, 1 the usual progress lines, up to 4 for debugging.
    /// </summary>
    public int LogLevel
    {
        get => _logLevel;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(LogLevel));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 4, nameof(LogLevel));
            _logLevel = value;
        }
    }

    /// <summary>
    /// A known solution to start from (warm start), one value per variable of the model, or null.
    /// Backends use the values of the integer and binary variables and recompute the continuous
    /// ones; an infeasible start is ignored by the solver, not an error.
    /// </summary>
    public IReadOnlyList<double>? MipStart { get; init; }
}
