using System.Globalization;

namespace Sim.Models.Planning;

/// <summary>
/// Reads Beasley's OR-Library capacitated warehouse-location files (cap41 ... cap134, capa,
/// capb, capc): <c>m n</c>; then <c>m</c> pairs <c>capacity fixed_cost</c>; then, per customer, its
/// demand followed by <c>m</c> costs of serving all of its demand from warehouse 1..m. The file is
/// read as a stream of whitespace-separated tokens (the cost lists wrap over several lines), but
/// every error names the file, the line and the field expected there. In capa/capb/capc the
/// capacity is the literal word <c>capacity</c>, replaced by the value the caller passes.
/// Stateless and thread-safe.
/// </summary>
public static class OrLibCflpReader
{
    /// <summary>Reads a file; the instance is named after the file without extension.</summary>
    /// <param name="path">The file.</param>
    /// <param name="capacity">The value for the keyword <c>capacity</c> (infinity for the uncapacitated problem); required only when the file uses it.</param>
    /// <exception cref="OrLibFormatException">The file is malformed.</exception>
    public static FacilityLocationInstance Read(string path, double? capacity = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path);
        return Parse(reader, path, Path.GetFileNameWithoutExtension(path), capacity);
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

        var tokens = new Tokenizer(reader.ReadToEnd(), fileName);
        var m = tokens.NextCount("number of warehouses m (first number of line 1)");
        var n = tokens.NextCount("number of customers n (second number of line 1)");
        var capacities = new double[m];
        var fixedCosts = new double[m];
        for (var i = 0; i < m; i++)
        {
            var field = $"capacity of warehouse {i + 1}";
            var (text, line) = tokens.Next(field);
            if (string.Equals(text, "capacity", StringComparison.OrdinalIgnoreCase))
            {
                capacities[i] = capacity
                    ?? throw new OrLibFormatException(fileName, line, field, "the file gives the keyword 'capacity'; pass its value (--capacity N)");
            }
            else
            {
                capacities[i] = Tokenizer.ToNonNegative(text, line, fileName, field);
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
                throw new OrLibFormatException(fileName, line, field, $"expected a positive whole number, found '{token}'");
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
                throw new OrLibFormatException(fileName, line, field, $"expected nothing more, found '{token}'");
            }
        }

        public static double ToNonNegative(string token, int line, string fileName, string field)
        {
            if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || !double.IsFinite(value) || value < 0)
            {
                throw new OrLibFormatException(fileName, line, field, $"expected a non-negative number, found '{token}'");
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
