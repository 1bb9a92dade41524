namespace Sim.Models.Planning.NetworkDesign;

/// <summary>Thrown when no plan meets the scenario's requirements; carries what cannot be met and the best achievable values.</summary>
public sealed class PlanningInfeasibleException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="shortfalls">What cannot be met, at least one.</param>
    public PlanningInfeasibleException(IReadOnlyList<Shortfall> shortfalls)
        : base(Describe(shortfalls))
    {
        Shortfalls = shortfalls;
    }

    /// <summary>Creates the exception without shortfalls (for tooling only).</summary>
    public PlanningInfeasibleException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message (for tooling only).</summary>
    /// <param name="message">The message.</param>
    public PlanningInfeasibleException(string message)
        : base(message)
    {
        Shortfalls = [];
    }

    /// <summary>Creates the exception with a message and a cause (for tooling only).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PlanningInfeasibleException(string message, Exception innerException)
        : base(message, innerException)
    {
        Shortfalls = [];
    }

    /// <summary>What cannot be met.</summary>
    public IReadOnlyList<Shortfall> Shortfalls { get; }

    private static string Describe(IReadOnlyList<Shortfall> shortfalls)
    {
        ArgumentNullException.ThrowIfNull(shortfalls);
        return shortfalls.Count == 0
            ? "No plan meets the requirements."
            : "No plan meets the requirements: " + string.Join("; ", shortfalls.Select(s => s.Describe()));
    }
}
