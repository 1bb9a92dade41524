using System.Globalization;
using System.Text.RegularExpressions;
using Sim.Models.Scenarios.Yaml;
using YamlDotNet.Serialization.NamingConventions;

namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// Reads single fields of the deserialised YAML into checked values, recording every problem (a
/// missing required field, a number out of its <see cref="NumberRange"/>, an unknown enumeration
/// name or reference) in the diagnostics and returning a placeholder so that mapping goes on and
/// every error is found in one pass. One instance per load; not thread-safe.
/// </summary>
internal sealed partial class FieldReader(ScenarioDiagnostics diagnostics)
{
    public ScenarioDiagnostics Diagnostics { get; } = diagnostics;

    public static string Format(double value) => NumberRange.Format(value);

    public static string Snake(string pascal) => UnderscoredNamingConvention.Instance.Apply(pascal);

    /// <summary>Maps a YAML list with unique keys, registering each item in <paramref name="index"/>.</summary>
    public List<T> Items<TYaml, T>(
        List<TYaml>? list,
        FieldPath path,
        Func<TYaml, string?> yamlKey,
        Func<TYaml, FieldPath, T> map,
        Dictionary<string, T>? index,
        Func<T, string> key,
        string what,
        bool required)
    {
        var result = new List<T>();
        if (list is null || list.Count == 0)
        {
            if (required)
            {
                Diagnostics.Add(path, $"at least one {what} is required");
            }

            return result;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var itemPath = path.Item(i, yamlKey(list[i]));
            var item = map(list[i], itemPath);
            var k = key(item);
            if (index is not null && k.Length > 0 && !index.TryAdd(k, item))
            {
                Diagnostics.Add(itemPath, $"duplicate {what} '{k}'");
            }

            result.Add(item);
        }

        return result;
    }

    public string Required(string? value, FieldPath path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Diagnostics.Add(path, "required field is missing");
            return "";
        }

        return value.Trim();
    }

    /// <summary>A required plain identifier: a letter or digit, then letters, digits, '-' or '_', at most 64 characters.</summary>
    public string Identifier(string? value, FieldPath path)
    {
        var text = Required(value, path);
        if (text.Length > 0 && !IdentifierPattern().IsMatch(text))
        {
            Diagnostics.Add(path, $"'{Quote(text)}' is not a plain identifier: use letters, digits, '-' and '_' (at most 64, starting with a letter or digit)");
        }

        return text;
    }

    public double RequiredNumber(double? value, FieldPath path, NumberRange range)
    {
        if (value is null)
        {
            Diagnostics.Add(path, $"required field is missing (a number in {range.Describe()})");
            return range.Min;
        }

        return Number(value, path, range.Min, range);
    }

    public double Number(double? value, FieldPath path, double fallback, NumberRange range)
    {
        if (value is not { } v)
        {
            return fallback;
        }

        if (range.Problem(v) is { } problem)
        {
            Diagnostics.Add(path, problem);
        }

        return v;
    }

    public double? OptionalNumber(double? value, FieldPath path, NumberRange range) =>
        value is null ? null : Number(value, path, 0, range);

    public int? OptionalInteger(int? value, FieldPath path, NumberRange range)
    {
        if (value is { } v && range.Problem(v) is { } problem)
        {
            Diagnostics.Add(path, problem);
        }

        return value;
    }

    public T Enum<T>(string? value, FieldPath path, T? fallback)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (fallback is { } f)
            {
                return f;
            }

            Diagnostics.Add(path, $"required field is missing (one of {Names<T>()})");
            return default;
        }

        foreach (var candidate in System.Enum.GetValues<T>())
        {
            if (string.Equals(Snake(candidate.ToString()), value.Trim(), StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        var names = System.Enum.GetNames<T>().Select(Snake).ToList();
        Diagnostics.Add(path, $"'{Quote(value)}' is not one of {string.Join(", ", names)}{Suggestions.DidYouMean(value, names)}");
        return fallback ?? default;
    }

    public DateOnly Date(string? value, FieldPath path, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Diagnostics.Add(path, "required field is missing (a date, yyyy-mm-dd)");
            }

            return ScenarioRanges.Dates.First;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Diagnostics.Add(path, $"'{Quote(value)}' is not a date of the form yyyy-mm-dd");
            return ScenarioRanges.Dates.First;
        }

        var (first, last) = ScenarioRanges.Dates;
        if (date < first || date > last)
        {
            Diagnostics.Add(path, $"{value.Trim()} is out of range: must be from {first:yyyy-MM-dd} to {last:yyyy-MM-dd}");
        }

        return date;
    }

    /// <summary>Checks that <paramref name="id"/> names a known item; returns it, or null with an error.</summary>
    public T? Reference<T>(string? id, Dictionary<string, T> known, FieldPath path, string what, bool required = true)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            if (required)
            {
                Diagnostics.Add(path, $"required field is missing (a {what} id)");
            }

            return null;
        }

        if (known.TryGetValue(id, out var item))
        {
            return item;
        }

        Diagnostics.Add(path, $"unknown {what} '{Quote(id)}'{Suggestions.DidYouMean(id, known.Keys)}");
        return null;
    }

    /// <summary>A user's text for a message: control characters shown as '?', cut to 60 characters.</summary>
    public static string Quote(string text)
    {
        var clean = string.Concat(text.Select(c => char.IsControl(c) ? '?' : c));
        return clean.Length <= 60 ? clean : clean[..57] + "...";
    }

    public DistributionSpec Distribution(DistributionYaml? y, FieldPath path, bool required, DistributionSpec? fallback = null) =>
        new DistributionReader(this).Read(y, path, required, fallback);

    private static string Names<T>()
        where T : struct, Enum => string.Join(", ", System.Enum.GetNames<T>().Select(Snake));

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
