using System.Globalization;
using System.Text;
using Sim.Models.Scenarios.Loading;

namespace Sim.Models.Planning;

/// <summary>
/// Reads Beasley's OR-Library capacitated warehouse-location files (cap41 ... cap134, capa,
/// capb, capc): <c>m n</c>; then <c>m</c> pairs <c>capacity fixed_cost</c>; then, per customer, its
/// demand followed by <c>m</c> costs of serving all of its demand from warehouse 1..m. The file is
/// read as a stream of whitespace-separated tokens (the cost lists wrap over several lines), but
/// every error names the file, the line and the field expected there. In capa/capb/capc the
/// capacity is the literal word <c>capacity</c>, replaced by the value the caller passes.
/// Hostile files are bounded: only a regular file of at most <see cref="MaxFileBytes"/> is read, and
/// the sizes in the header are checked against the numbers the file can hold before anything is
/// allocated for them. Stateless and thread-safe.
/// </summary>
public static class OrLibCflpReader
{
    /// <summary>The largest file accepted: 256 MiB (capa/capb/capc are about 1 MiB).</summary>
    public const long MaxFileBytes = 256L << 20;

    /// <summary>Reads a file; the instance is named after the file without extension.</summary>
    /// <param name="path">The file.</param>
    /// <param name="capacity">The value for the keyword <c>capacity</c> (infinity for the uncapacitated problem); required only when the file uses it.</param>
    /// <exception cref="OrLibFormatException">The file is missing, not a regular file, too large, unreadable or malformed (line 0: the file as a whole).</exception>
    public static FacilityLocationInstance Read(string path, double? capacity = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var bytes = InputFile.TryRead(path, MaxFileBytes, out var problem)
            ?? throw new OrLibFormatException(path, 0, "file", $"'{path}' {problem}");
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new OrLibFormatException(path, 0, "file", "not a text file (invalid UTF-8)");
        }

        return Parse(new StringReader(text), path, Path.GetFileNameWithoutExtension(path), capacity);
    }

    /// <summary>Parses OR-Library text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="fileName">The file name to put in error messages.</param>
    /// <param name="instanceName">The instance's name.</param>
    /// <param name="capacity">The value for the keyword <c>capacity</c>; required only when the text uses it.</param>
    /// <exception cref="OrLibFormatException">The text is malformed.</exception>
    public static FacilityLocationInstance Parse(TextReader reader, string fileName, string instanceName, double? capacity = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        if (capacity is { } given && (double.IsNaN(given) || given < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), given, "The capacity must be non-negative (infinity allowed).");
        }

        var text = reader.ReadToEnd();
        var tokens = new Tokenizer(text, fileName);
        var m = tokens.NextCount("number of warehouses m (first number of line 1)");
        var n = tokens.NextCount("number of customers n (second number of line 1)");

        // Every number takes at least two characters (a digit and a separator): a header that promises
        // more numbers than the text can hold is refused before m x n costs are allocated.
        var needed = 2 + (2L * m) + ((long)n * (m + 1));
        var room = (text.Length / 2) + 1;
        if (needed > room)
        {
            throw new OrLibFormatException(fileName, 1, "number of warehouses m and customers n (line 1)",
                string.Create(CultureInfo.InvariantCulture, $"{m} warehouses and {n} customers need {needed:N0} numbers, but the file can hold at most {room:N0}"));
        }

        var capacities = new double[m];
        var fixedCosts = new double[m];
        for (var i = 0; i < m; i++)
        {
            var field = $"capacity of warehouse {i + 1}";
            var (token, line) = tokens.Next(field);
            if (string.Equals(token, "capacity", StringComparison.OrdinalIgnoreCase))
            {
                capacities[i] = capacity
                    ?? throw new OrLibFormatException(fileName, line, field, "the file gives the keyword 'capacity'; pass its value (--capacity N)");
            }
            else
            {
                capacities[i] = Tokenizer.ToNonNegative(token, line, fileName, field);
            }

            fixedCosts[i] = tokens.NextNonNegative($"fixed cost of warehouse {i + 1}");
        }

        var demands = new double[n];
        var costs = new double[m * n];
        for (var j = 0; j < n; j++)
        {
            demands[j] = tokens.NextNonNegative($"demand of customer {j + 1}");
            for (var i = 0; i < m; i++)
            {
                costs[(j * m) + i] = tokens.NextNonNegative($"cost of serving customer {j + 1} from warehouse {i + 1}");
            }
        }

        tokens.ExpectEnd($"end of file after {n} customers");
        return new FacilityLocationInstance(instanceName, capacities, fixedCosts, demands, costs);
    }

    private sealed class Tokenizer(string text, string fileName)
    {
        private int _position;
        private int _line = 1;

        public (string Text, int Line) Next(string field)
        {
            SkipWhitespace();
            if (_position >= text.Length)
            {
                throw new OrLibFormatException(fileName, _line, field, "expected a value, found the end of the file");
            }

            var start = _position;
            while (_position < text.Length && !char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }

            return (text[start.._position], _line);
        }

        public int NextCount(string field)
        {
            var (token, line) = Next(field);
            if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
            {
                throw new OrLibFormatException(fileName, line, field, $"expected a positive whole number, found '{FieldReader.Quote(token)}'");
            }

            return count;
        }

        public double NextNonNegative(string field)
        {
            var (token, line) = Next(field);
            return ToNonNegative(token, line, fileName, field);
        }

        public void ExpectEnd(string field)
        {
            SkipWhitespace();
            if (_position < text.Length)
            {
                var (token, line) = Next(field);
                throw new OrLibFormatException(fileName, line, field, $"expected nothing more, found '{FieldReader.Quote(token)}'");
            }
        }

        public static double ToNonNegative(string token, int line, string fileName, string field)
        {
            if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || !double.IsFinite(value) || value < 0)
            {
                throw new OrLibFormatException(fileName, line, field, $"expected a non-negative number, found '{FieldReader.Quote(token)}'");
            }

            return value;
        }

        private void SkipWhitespace()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                if (text[_position] == '\n')
                {
                    _line++;
                }

                _position++;
            }
        }
    }
}
