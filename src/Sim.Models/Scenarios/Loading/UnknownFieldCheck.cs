using System.Reflection;
using Sim.Models.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization.NamingConventions;

namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// Finds every unknown field name in the document before deserialisation. YamlDotNet's strict
/// deserialiser (which still runs afterwards) stops at the first unknown field; this pass walks the
/// parsed document against the same DTO types so that all of them are reported in one go.
/// </summary>
internal static class UnknownFieldCheck
{
    public static void Run(YamlNode root, ScenarioDiagnostics diagnostics) =>
        Check(root, typeof(ScenarioYaml), FieldPath.Root, diagnostics);

    private static void Check(YamlNode node, Type dto, FieldPath path, ScenarioDiagnostics diagnostics)
    {
        if (node is not YamlMappingNode mapping)
        {
            return;
        }

        var properties = dto.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => UnderscoredNamingConvention.Instance.Apply(p.Name), StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var child = path.Field(key);
            if (!properties.TryGetValue(key, out var property))
            {
                var where = path.Display.Length == 0 ? "the scenario" : $"'{path.Display}'";
                diagnostics.AddAtKey(child, $"unknown field '{key}' in {where}{Suggestions.DidYouMean(key, properties.Keys)}");
                continue;
            }

            var type = property.PropertyType;
            if (IsDto(type))
            {
                Check(value, type, child, diagnostics);
            }
            else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) && IsDto(type.GetGenericArguments()[0])
                && value is YamlSequenceNode sequence)
            {
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    var item = sequence.Children[i];
                    var key2 = item is YamlMappingNode m ? YamlPositions.ItemKey(m) : null;
                    Check(item, type.GetGenericArguments()[0], child.Item(i, key2), diagnostics);
                }
            }
        }
    }

    private static bool IsDto(Type type) => type.Namespace == typeof(ScenarioYaml).Namespace && type.IsClass;
}
