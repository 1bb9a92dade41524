namespace Sim.Runner.Studies;

/// <summary>A result file (or study file) that cannot be read as expected: bad input, exit code 2.</summary>
internal sealed class ResultFileException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/>.</summary>
    /// <param name="file">The file, as the user named it or as found in a result folder.</param>
    /// <param name="line">1-based line, or 0 when the whole file is meant.</param>
    /// <param name="field">The column or field, or empty.</param>
    /// <param name="reason">What is wrong.</param>
    public ResultFileException(string file, int line, string field, string reason)
        : base($"{file}:{line}: {(field.Length == 0 ? "" : field + ": ")}{reason}")
    {
        File = file;
        Line = line;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ResultFileException()
        : this("", 0, "", "bad result file")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ResultFileException(string message)
        : base(message) => File = "";

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ResultFileException(string message, Exception innerException)
        : base(message, innerException) => File = "";

    /// <summary>The file at fault.</summary>
    public string File { get; }

    /// <summary>The 1-based line at fault, or 0.</summary>
    public int Line { get; }
}
