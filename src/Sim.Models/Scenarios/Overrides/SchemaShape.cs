using System.Reflection;
using Sim.Models.Scenarios.Yaml;
using YamlDotNet.Serialization.NamingConventions;

namespace Sim.Models.Scenarios.Overrides;

/// <summary>
/// What the scenario schema expects at a place in the YAML document, read off the YAML types the
/// loader deserialises into (so the paths an override may name are exactly the fields the loader reads).
/// </summary>
internal readonly record struct SchemaShape(SchemaShape.ShapeKind Kind, Type Type)
{
    public enum ShapeKind
    {
        /// <summary>A mapping with fixed field names (one of the YAML types).</summary>
        Record,

        /// <summary>A list of records.</summary>
        RecordList,

        /// <summary>A list of scalar values.</summary>
        ValueList,

        /// <summary>A mapping with free keys and scalar values.</summary>
        Map,

        /// <summary>A single value.</summary>
        Value,
    }

    public static SchemaShape Root { get; } = Of(typeof(ScenarioYaml));

    /// <summary>The element type of a list or map; the type itself otherwise.</summary>
    public Type Element => Kind is ShapeKind.RecordList or ShapeKind.ValueList ? Type.GetGenericArguments()[0]
        : Kind == ShapeKind.Map ? Type.GetGenericArguments()[1] : Type;

    /// <summary>What a mapping, list or map of this shape is called in messages.</summary>
    public string Description => Kind switch
    {
        ShapeKind.Record => "a mapping ({field: value, ...})",
        ShapeKind.RecordList => "a list of mappings ([{...}, ...])",
        ShapeKind.ValueList => "a list of values ([a, b, ...])",
        ShapeKind.Map => "a mapping of names to values ({name: value, ...})",
        _ => "a single value",
    };

    public static SchemaShape Of(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (IsRecord(type))
        {
            return new SchemaShape(ShapeKind.Record, type);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            return new SchemaShape(IsRecord(type.GetGenericArguments()[0]) ? ShapeKind.RecordList : ShapeKind.ValueList, type);
        }

        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>)
            ? new SchemaShape(ShapeKind.Map, type)
            : new SchemaShape(ShapeKind.Value, type);
    }

    /// <summary>The fields of a record shape by their YAML (snake_case) names, in declaration order.</summary>
    public IReadOnlyList<(string Name, SchemaShape Shape)> Fields() =>
        Kind != ShapeKind.Record ? [] :
        [.. Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (UnderscoredNamingConvention.Instance.Apply(p.Name), Of(p.PropertyType)))];

    private static bool IsRecord(Type type) => type.Namespace == typeof(ScenarioYaml).Namespace && type.IsClass;
}
