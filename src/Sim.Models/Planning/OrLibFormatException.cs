namespace Sim.Models.Planning;

/// <summary>
/// A malformed OR-Library data file: names the file, the 1-based line and the field that was
/// expected there.
/// </summary>
public sealed class OrLibFormatException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public OrLibFormatException()
        : this("(unknown file)", 0, "(unknown field)", "malformed OR-Library file")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">What went wrong.</param>
    public OrLibFormatException(string message)
        : this("(unknown file)", 0, "(unknown field)", message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public OrLibFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "(unknown file)";
        Field = "(unknown field)";
    }

    /// <summary>Creates the exception for one field of one line.</summary>
    /// <param name="file">The file name as given by the caller.</param>
    /// <param name="line">1-based line number.</param>
    /// <param name="field">What was expected there, e.g. <c>fixed cost of warehouse 3</c>.</param>
    /// <param name="problem">What was wrong, e.g. <c>expected a number, found 'abc'</c>.</param>
    public OrLibFormatException(string file, int line, string field, string problem)
        : base($"{file}:{line}: {field}: {problem}")
    {
        File = file;
        Line = line;
        Field = field;
    }

    /// <summary>The file name as given by the caller.</summary>
    public string File { get; }

    /// <summary>1-based line number of the offending token (the last line when the file ended early).</summary>
    public int Line { get; }

    /// <summary>The field that was expected.</summary>
    public string Field { get; }
}
