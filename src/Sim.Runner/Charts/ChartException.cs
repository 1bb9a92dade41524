namespace Sim.Runner.Charts;

/// <summary>A chart could not be rendered (gnuplot missing or failing).</summary>
internal sealed class ChartException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ChartException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ChartException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ChartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
