using System.Reflection;
using Sim.Models.Planning.Plans.Yaml;
using Sim.Models.Scenarios.Loading;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization.NamingConventions;

namespace Sim.Models.Planning.Plans.Loading;

/// <summary>
/// Finds every unknown field name of a plan document before deserialisation, with a "did you mean"
/// hint, walking the parsed document against the plan's DTO types (as the scenario loader's
/// <c>UnknownFieldCheck</c> does for scenarios), so that all of them are reported in one go.
/// </summary>
internal static class PlanFieldCheck
{
    public static void Run(YamlNode root, ScenarioDiagnostics diagnostics) =>
        Check(root, typeof(PlanYaml), FieldPath.Root, diagnostics);

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
                var where = path.Display.Length == 0 ? "the plan" : $"'{path.Display}'";
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
                    Check(item, type.GetGenericArguments()[0], child.Item(i, item is YamlMappingNode m ? PlanPaths.KeyOf(m) : null), diagnostics);
                }
            }
        }
    }

    private static bool IsDto(Type type) => type.Namespace == typeof(PlanYaml).Namespace && type.IsClass;
}
