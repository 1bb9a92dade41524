using System.Globalization;
using Sim.Models.Scenarios.Overrides;
using YamlDotNet.RepresentationModel;

namespace Sim.Runner.Studies;

/// <summary>
/// The <c>grid</c> of a study file: its factors (a scenario path with values, or a named factor with
/// levels that each set several paths), the cells that are every combination of their levels, and a
/// reference cell given as one level per factor. Stateless and thread-safe.
/// </summary>
internal static class StudyGridReader
{
    private const string PathExample = "{path: markets.US.duty_regimes[1].de_minimis, values: [0, 800]}";
    private const string NamedExample = "{name: postal-share, levels: {low: {...}, high: {...}}}";

    /// <summary>The factors of the grid list <paramref name="node"/>.</summary>
    public static IReadOnlyList<StudyFactor> Factors(YamlNode node, StudyYamlNodes nodes)
    {
        var factors = new List<StudyFactor>();
        var list = nodes.List(node, "grid", $"[{PathExample}]");
        for (int i = 0; i < (list?.Children.Count ?? 0); i++)
        {
            string field = $"grid[{i}]";
            var item = nodes.Mapping(list!.Children[i], field, PathExample);
            if (item is null)
            {
                continue;
            }

            var fields = nodes.Fields(item, field, ["name", "path", "values", "levels"]);
            StudyFactor? factor = (fields.ContainsKey("path"), fields.ContainsKey("levels")) switch
            {
                (true, false) => PathFactor(fields, field, nodes),
                (false, true) => NamedFactor(fields, field, item, nodes),
                _ => Fail(item, field, $"a factor has either path and values, {PathExample}, or a name and levels, {NamedExample}", nodes),
            };
            if (factor is not null && factors.Any(f => f.Name == factor.Name))
            {
                nodes.Error(item, $"{field}.name", $"duplicate factor '{factor.Name}': give one a name");
            }
            else if (factor is not null)
            {
                factors.Add(factor);
            }
        }

        return factors;
    }

    /// <summary>Every combination of the factors' levels, the first factor varying slowest.</summary>
    public static IReadOnlyList<StudyCell> Cells(IReadOnlyList<StudyFactor> factors, IReadOnlyList<ScenarioOverride> common)
    {
        if (factors.Count == 0 || factors.Any(f => f.Levels.Count == 0))
        {
            return [];
        }

        long total = factors.Aggregate(1L, (n, f) => n * f.Levels.Count);
        if (total > 1_000_000)
        {
            total = 1_000_001;
        }

        int width = Math.Max(3, total.ToString(CultureInfo.InvariantCulture).Length);
        var cells = new List<StudyCell>();
        var levels = new int[factors.Count];
        for (int index = 0; index < total; index++)
        {
            var overrides = new List<ScenarioOverride>(common);
            var names = new List<string>();
            for (int f = 0; f < factors.Count; f++)
            {
                var level = factors[f].Levels[levels[f]];
                overrides.AddRange(level.Overrides);
                names.Add($"{factors[f].Name}={level.Label}");
            }

            string id = "c" + (index + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            cells.Add(new StudyCell(index, id, string.Join(", ", names), overrides, [.. levels]));
            for (int f = factors.Count - 1; f >= 0 && ++levels[f] == factors[f].Levels.Count; f--)
            {
                levels[f] = 0;
            }
        }

        return cells;
    }

    /// <summary>The index of the cell with the levels named in the mapping <paramref name="node"/> (factor: level).</summary>
    public static int Reference(YamlNode node, IReadOnlyList<StudyFactor> factors, IReadOnlyList<StudyCell> cells, StudyYamlNodes nodes)
    {
        var mapping = nodes.Mapping(node, "reference", "a cell id or name, or one level per factor: {de_minimis: 800}");
        if (mapping is null)
        {
            return 0;
        }

        var fields = nodes.Fields(mapping, "reference", [.. factors.Select(f => f.Name)]);
        var wanted = new int[factors.Count];
        for (int f = 0; f < factors.Count; f++)
        {
            if (!fields.TryGetValue(factors[f].Name, out var value))
            {
                nodes.Error(mapping, $"reference.{factors[f].Name}", "required: the reference names a level of every factor");
                continue;
            }

            string label = nodes.Text(value, $"reference.{factors[f].Name}") ?? "";
            wanted[f] = factors[f].Levels.ToList().FindIndex(l => l.Label == label);
            if (wanted[f] < 0)
            {
                nodes.Error(value, $"reference.{factors[f].Name}", $"'{label}' is not a level; the levels are {string.Join(", ", factors[f].Levels.Select(l => l.Label))}");
            }
        }

        return Math.Max(0, cells.ToList().FindIndex(c => c.Levels.SequenceEqual(wanted)));
    }

    private static StudyFactor? PathFactor(Dictionary<string, YamlNode> fields, string field, StudyYamlNodes nodes)
    {
        string? path = nodes.Text(fields["path"], $"{field}.path");
        if (!fields.TryGetValue("values", out var valuesNode))
        {
            nodes.Error(fields["path"], $"{field}.values", $"required with path: {PathExample}");
            return null;
        }

        var values = nodes.List(valuesNode, $"{field}.values", "[0, 800]");
        if (path is null || values is null)
        {
            return null;
        }

        string name = fields.TryGetValue("name", out var n) ? nodes.Text(n, $"{field}.name") ?? path : DefaultName(path);
        var levels = new List<StudyLevel>();
        foreach (var value in values.Children)
        {
            string label = StudyYamlNodes.ValueText(value);
            if (levels.Any(l => l.Label == label))
            {
                nodes.Error(value, $"{field}.values", $"'{label}' appears twice");
            }

            levels.Add(new StudyLevel(label, [new ScenarioOverride(path, label)]));
        }

        return new StudyFactor(name, path, levels);
    }

    private static StudyFactor? NamedFactor(Dictionary<string, YamlNode> fields, string field, YamlNode item, StudyYamlNodes nodes)
    {
        if (!fields.TryGetValue("name", out var nameNode))
        {
            nodes.Error(item, $"{field}.name", $"required with levels: {NamedExample}");
            return null;
        }

        string? name = nodes.Text(nameNode, $"{field}.name");
        var mapping = nodes.Mapping(fields["levels"], $"{field}.levels", "{low: {path: value}, high: {path: value}}");
        if (name is null || mapping is null || mapping.Children.Count == 0)
        {
            if (mapping is { Children.Count: 0 })
            {
                nodes.Error(mapping, $"{field}.levels", "needs at least one level");
            }

            return null;
        }

        var levels = new List<StudyLevel>();
        foreach (var (key, value) in mapping.Children)
        {
            string label = nodes.Text(key, $"{field}.levels") ?? "";
            var overrides = value is YamlScalarNode { Value: null or "" } ? [] : StudyReader.Overrides(value, $"{field}.levels.{label}", nodes);
            levels.Add(new StudyLevel(label, overrides));
        }

        return new StudyFactor(name, null, levels);
    }

    // The last field name of the path: markets.US.duty_regimes[1].de_minimis gives de_minimis.
    private static string DefaultName(string path)
    {
        string last = path[(path.LastIndexOf('.') + 1)..];
        int bracket = last.IndexOf('[', StringComparison.Ordinal);
        return bracket > 0 ? last[..bracket] : last;
    }

    private static StudyFactor? Fail(YamlNode node, string field, string reason, StudyYamlNodes nodes)
    {
        nodes.Error(node, field, reason);
        return null;
    }
}
