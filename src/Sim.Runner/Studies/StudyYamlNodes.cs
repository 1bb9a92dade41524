using System.Globalization;
using Sim.Models.Scenarios;
using YamlDotNet.RepresentationModel;

namespace Sim.Runner.Studies;

/// <summary>
/// Reading values out of a study file's YAML tree, recording each problem with its file, line,
/// column and field. One instance reads one file; not thread-safe.
/// </summary>
internal sealed class StudyYamlNodes(string file)
{
    private readonly List<ScenarioError> _errors = [];

    /// <summary>Every problem found so far.</summary>
    public IReadOnlyList<ScenarioError> Errors => _errors;

    /// <summary>Records a problem with the value <paramref name="node"/> of the field <paramref name="field"/>.</summary>
    public void Error(YamlNode? node, string field, string reason) =>
        ErrorAt(node?.Start.Line ?? 0, node?.Start.Column ?? 0, field, reason);

    /// <summary>Records a problem at a line and column (0 when unknown).</summary>
    public void ErrorAt(long line, long column, string field, string reason) =>
        _errors.Add(new ScenarioError { File = file, Line = (int)line, Column = (int)column, Field = field, Reason = reason });

    /// <summary>The scalar text of <paramref name="node"/>, or null (with an error) when it is not a scalar.</summary>
    public string? Text(YamlNode? node, string field)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } text })
        {
            return text.Trim();
        }

        Error(node, field, node is YamlScalarNode ? "a value is required" : "must be a single value");
        return null;
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>], or null (with an error).</summary>
    public ulong? Whole(YamlNode? node, string field, ulong min, ulong max)
    {
        string? text = Text(node, field);
        if (text is null)
        {
            return null;
        }

        if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value) || value < min || value > max)
        {
            Error(node, field, $"'{text}' is not a whole number from {min} to {max}");
            return null;
        }

        return value;
    }

    /// <summary>The mapping <paramref name="node"/>, or null (with an error) when it is something else.</summary>
    public YamlMappingNode? Mapping(YamlNode? node, string field, string example)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Error(node, field, $"must be a mapping, e.g. {example}");
        return null;
    }

    /// <summary>The list <paramref name="node"/> with at least one item, or null (with an error).</summary>
    public YamlSequenceNode? List(YamlNode? node, string field, string example)
    {
        if (node is YamlSequenceNode { Children.Count: > 0 } list)
        {
            return list;
        }

        Error(node, field, $"must be a non-empty list, e.g. {example}");
        return null;
    }

    /// <summary>
    /// The entries of <paramref name="mapping"/> by their scalar keys; an unknown key is an error
    /// that lists the <paramref name="known"/> ones.
    /// </summary>
    public Dictionary<string, YamlNode> Fields(YamlMappingNode mapping, string field, IReadOnlyList<string> known)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            string path = field.Length == 0 ? name : $"{field}.{name}";
            if (!known.Contains(name))
            {
                Error(key, path, $"unknown field '{name}'; the fields here are {string.Join(", ", known)}");
            }
            else
            {
                fields[name] = value;
            }
        }

        return fields;
    }

    /// <summary>True when <paramref name="name"/> may be a folder name: letters, digits, '_', '.', '-', starting with a letter or digit.</summary>
    public static bool IsIdentifier(string name) =>
        name.Length is > 0 and <= 64 && char.IsAsciiLetterOrDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-');

    /// <summary>The YAML text of a value, as an override takes it.</summary>
    public static string ValueText(YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value ?? "";
        }

        var writer = new StringWriter(CultureInfo.InvariantCulture);
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString().Trim().TrimEnd('.').Trim();
    }
}
