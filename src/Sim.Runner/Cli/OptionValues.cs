using System.CommandLine.Parsing;
using System.Globalization;

namespace Sim.Runner.Cli;

/// <summary>
/// Parsers for option values that say, in words, what was expected (<c>a whole number from 1 to
/// 1024</c>) instead of naming a .NET type, and check the range while parsing so that a bad value is
/// a usage error (exit 2) like any other. Stateless and thread-safe.
/// </summary>
internal static class OptionValues
{
    /// <summary>The description of a seed: every unsigned 64-bit value.</summary>
    public const string SeedRange = "a whole number from 0 to 2^64-1 (18446744073709551615)";

    /// <summary>A parser of whole numbers in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static Func<ArgumentResult, int?> WholeNumber(int min, int max) => result =>
    {
        var text = Token(result);
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError(Expected(result, $"a whole number from {min} to {max}", text));
        return null;
    };

    /// <summary>A parser of whole numbers in [<paramref name="min"/>, <paramref name="max"/>], for 64-bit options.</summary>
    public static Func<ArgumentResult, long> LongWholeNumber(long min, long max) => result =>
    {
        var text = Token(result);
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError(Expected(result, string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"), text));
        return 0;
    };

    /// <summary>A parser of seeds: <see cref="SeedRange"/>.</summary>
    public static ulong? Seed(ArgumentResult result)
    {
        var text = Token(result);
        if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError(Expected(result, SeedRange, text));
        return null;
    }

    /// <summary>A parser of finite numbers accepted by <paramref name="accepts"/>, described by <paramref name="expected"/>.</summary>
    public static Func<ArgumentResult, double?> Number(Func<double, bool> accepts, string expected) => result =>
    {
        var text = Token(result);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && accepts(value))
        {
            return value;
        }

        result.AddError(Expected(result, expected, text));
        return null;
    };

    private static string Token(ArgumentResult result) => result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;

    private static string Expected(ArgumentResult result, string expected, string found)
    {
        var name = result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
        return $"{name}: expected {expected}, found '{found}'";
    }
}
