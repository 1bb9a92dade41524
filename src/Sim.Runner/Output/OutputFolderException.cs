namespace Sim.Runner.Output;

/// <summary>
/// The output folder cannot take a result set: it is a file, lies under a file or in a read-only
/// place, holds something that is not a <c>sim</c> result set, or holds the results of another
/// input (without <c>--force</c>). Bad input: nothing was written.
/// </summary>
internal sealed class OutputFolderException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public OutputFolderException()
        : base("the output folder cannot be used")
    {
    }

    /// <summary>Creates the exception with a message that names the folder and what is wrong.</summary>
    /// <param name="message">The message.</param>
    public OutputFolderException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public OutputFolderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
