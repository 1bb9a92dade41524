using System.Text.RegularExpressions;

namespace Sim.Models.Planning.Plans.Loading;

/// <summary>
/// Turns YamlDotNet's messages for a value of the wrong shape or type (which name .NET types) into
/// reasons a person editing the file can act on.
/// </summary>
internal static partial class YamlValueErrors
{
    public static string Describe(string message)
    {
        if (ListExpected().IsMatch(message))
        {
            return "expected a list ([...] or lines starting with '- ')";
        }

        if (MappingExpected().IsMatch(message))
        {
            return "expected a mapping ({field: value, ...})";
        }

        if (message.Contains("deserialize the node into type System.String", StringComparison.Ordinal))
        {
            return "expected a single value, not a list or mapping";
        }

        if (NotANumber().Match(message) is { Success: true } number)
        {
            return $"'{number.Groups[1].Value}' is not a number";
        }

        return message.Contains("overflow", StringComparison.OrdinalIgnoreCase)
            ? "the number is out of range"
            : $"cannot read the value: {message}";
    }

    [GeneratedRegex(@"to 'System\.Collections\.Generic\.List|Expected 'SequenceStart'")]
    private static partial Regex ListExpected();

    [GeneratedRegex(@"Invalid cast from 'System\.String' to 'Sim\.|Expected 'MappingStart'")]
    private static partial Regex MappingExpected();

    [GeneratedRegex(@"The input string '(.*)' was not in a correct format")]
    private static partial Regex NotANumber();
}
