using System.Globalization;
using System.Reflection;
using Sim.Models.Scenarios.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization.NamingConventions;

namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// Walks the parsed document against the YAML types (<see cref="ScenarioYaml"/> and the types it
/// holds) before deserialisation and reports, all in one go and in the scenario's own words, every
/// unknown field name (with a suggestion) and every value of the wrong form: a list where a number
/// belongs, text that is not a number, a whole number out of its type's range, an empty list item.
/// YamlDotNet's deserialiser, which runs afterwards, then meets only values it can read, so its
/// messages (which name .NET types) never reach a user. Stateless and thread-safe.
/// </summary>
internal static class SchemaCheck
{
    private static readonly string[] NullWords = ["", "~", "null", "Null", "NULL"];

    public static void Run(YamlNode root, ScenarioDiagnostics diagnostics) =>
        CheckMapping(root, typeof(ScenarioYaml), FieldPath.Root, diagnostics);

    private static void CheckMapping(YamlNode node, Type dto, FieldPath path, ScenarioDiagnostics diagnostics)
    {
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Add(path, $"expected a mapping (field: value, ...), found {Describe(node)}");
            return;
        }

        var properties = dto.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => UnderscoredNamingConvention.Instance.Apply(p.Name), StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var child = path.Field(FieldReader.Quote(key));
            if (keyNode is not YamlScalarNode)
            {
                AtNode(keyNode, path, "a field name must be plain text, not a list or mapping", diagnostics);
            }
            else if (!properties.TryGetValue(key, out var property))
            {
                var where = path.Display.Length == 0 ? "the scenario" : $"'{path.Display}'";
                diagnostics.AddAtKey(child, $"unknown field '{FieldReader.Quote(key)}' in {where}{Suggestions.DidYouMean(key, properties.Keys)}");
            }
            else if (!IsNull(value))
            {
                CheckValue(value, property.PropertyType, child, diagnostics);
            }
        }
    }

    private static void CheckValue(YamlNode node, Type type, FieldPath path, ScenarioDiagnostics diagnostics)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.Namespace == typeof(ScenarioYaml).Namespace && type.IsClass)
        {
            CheckMapping(node, type, path, diagnostics);
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            CheckList(node, type.GetGenericArguments()[0], path, diagnostics);
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            CheckDictionary(node, type.GetGenericArguments()[1], path, diagnostics);
        }
        else if (node is not YamlScalarNode scalar)
        {
            diagnostics.Add(path, $"expected {Expected(type)}, found {Describe(node)}");
        }
        else if (type != typeof(string) && !Accepts(type, scalar))
        {
            diagnostics.Add(path, $"expected {Expected(type)}, found '{FieldReader.Quote(scalar.Value ?? "")}'");
        }
    }

    private static void CheckList(YamlNode node, Type item, FieldPath path, ScenarioDiagnostics diagnostics)
    {
        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Add(path, $"expected a list, found {Describe(node)}");
            return;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var child = sequence.Children[i];
            var itemPath = path.Item(i, child is YamlMappingNode m ? YamlPositions.ItemKey(m) : null);
            if (IsNull(child))
            {
                diagnostics.Add(itemPath, "an empty list item; remove it or give its value");
            }
            else
            {
                CheckValue(child, item, itemPath, diagnostics);
            }
        }
    }

    private static void CheckDictionary(YamlNode node, Type value, FieldPath path, ScenarioDiagnostics diagnostics)
    {
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Add(path, $"expected a mapping (name: value, ...), found {Describe(node)}");
            return;
        }

        foreach (var (key, child) in mapping.Children)
        {
            var childPath = path.Field(FieldReader.Quote((key as YamlScalarNode)?.Value ?? "?"));
            if (key is not YamlScalarNode)
            {
                AtNode(key, path, "a name must be plain text, not a list or mapping", diagnostics);
            }
            else if (IsNull(child))
            {
                diagnostics.Add(childPath, $"expected {Expected(value)}, found nothing");
            }
            else
            {
                CheckValue(child, value, childPath, diagnostics);
            }
        }
    }

    private static void AtNode(YamlNode node, FieldPath path, string reason, ScenarioDiagnostics diagnostics) =>
        diagnostics.Add(diagnostics.YamlFile, (int)node.Start.Line, (int)node.Start.Column, path.Display, reason);

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar && NullWords.Contains(scalar.Value ?? "");

    private static bool Accepts(Type type, YamlScalarNode scalar)
    {
        var text = (scalar.Value ?? "").Trim();
        if (type == typeof(double))
        {
            // Digits, sign, point and exponent only: .NET would also take "Infinity", which YAML does not.
            return text is ".inf" or "+.inf" or "-.inf" or ".nan" or ".Inf" or "-.Inf" or ".NaN"
                || (text.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '+' or 'e' or 'E')
                    && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        }

        if (type == typeof(int))
        {
            return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
        }

        if (type == typeof(ulong))
        {
            return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _);
        }

        return type == typeof(bool) && text is "true" or "false";
    }

    private static string Expected(Type type) =>
        type == typeof(double) ? "a number"
        : type == typeof(int) ? "a whole number"
        : type == typeof(ulong) ? "a whole number from 0 to 2^64-1 (18446744073709551615)"
        : type == typeof(bool) ? "true or false"
        : "text";

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode scalar when IsNull(scalar) => "nothing",
        YamlScalarNode scalar => $"'{FieldReader.Quote(scalar.Value ?? "")}'",
        _ => "an alias",
    };
}
