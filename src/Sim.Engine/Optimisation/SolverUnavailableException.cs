namespace Sim.Engine.Optimisation;

/// <summary>
/// Thrown when a solve is asked of a backend whose native library is not installed. The message
/// names the package that provides it.
/// </summary>
public sealed class SolverUnavailableException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public SolverUnavailableException()
        : base("The solver's native library is not available.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is missing and how to install it.</param>
    public SolverUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the load failure as inner exception.</summary>
    /// <param name="message">What is missing and how to install it.</param>
    /// <param name="innerException">The underlying load failure.</param>
    public SolverUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
