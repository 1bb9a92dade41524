using Sim.Models.Scenarios;
using Sim.Models.Scenarios.Overrides;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sim.Runner.Studies;

/// <summary>
/// Reads and checks a study file (see <c>scenarios/README.md</c>, "Studies"): the base scenario,
/// optionally a plan every cell simulates under, the replications and seed, overrides for every cell, then either a <c>grid</c> of factors (every
/// combination of their levels is a cell) or a list of named <c>cells</c>, and the reference cell.
/// Every problem is reported with its line and field; the scenario itself is checked later, cell by
/// cell, when each cell's overrides are applied. Stateless and thread-safe.
/// </summary>
internal static class StudyReader
{
    /// <summary>The KPIs of the group <c>all</c> charted against each factor when the study names none.</summary>
    public static readonly IReadOnlyList<string> DefaultChartKpis =
    [
        "cost_per_parcel", "cost_duties_taxes_per_parcel", "delivery_days_mean", "delivery_days_p95",
        "on_time_rate", "loss_rate", "tracking_coverage", "co2e_kg_per_parcel",
    ];

    private const int MaxCells = 10_000;
    private static readonly string[] TopFields = ["name", "description", "scenario", "plan", "replications", "seed", "set", "grid", "cells", "reference", "chart_kpis"];

    /// <summary>Reads the study at <paramref name="path"/>; null with every error when it is not valid.</summary>
    public static StudyDefinition? TryRead(string path, out IReadOnlyList<ScenarioError> errors)
    {
        var nodes = new StudyYamlNodes(path);
        errors = nodes.Errors;
        YamlMappingNode? root = Parse(path, nodes);
        if (root is null)
        {
            return null;
        }

        var fields = nodes.Fields(root, "", TopFields);
        string? name = Required(fields, "name", root, nodes);
        if (name is not null && !StudyYamlNodes.IsIdentifier(name))
        {
            nodes.Error(fields["name"], "name", $"'{name}' is not a plain identifier (letters, digits, '_', '.', '-')");
        }

        string? scenario = Required(fields, "scenario", root, nodes);
        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        // Read when the sweep loads its cells, not here: a sweep folder's copy of the study is read again by sim merge, away from the plan.
        string? plan = fields.TryGetValue("plan", out var p) ? nodes.Text(p, "plan") : null;
        int? replications = fields.TryGetValue("replications", out var r) ? (int?)nodes.Whole(r, "replications", 1, 100_000) : null;
        ulong? seed = fields.TryGetValue("seed", out var s) ? nodes.Whole(s, "seed", 0, ulong.MaxValue) : null;
        var common = fields.TryGetValue("set", out var set) ? Overrides(set, "set", nodes) : [];
        var chartKpis = fields.TryGetValue("chart_kpis", out var k) ? ChartKpis(k, nodes) : DefaultChartKpis;

        IReadOnlyList<StudyFactor> factors = [];
        IReadOnlyList<StudyCell> cells = [];
        bool hasGrid = fields.TryGetValue("grid", out var grid);
        bool hasCells = fields.TryGetValue("cells", out var named);
        if (hasGrid == hasCells)
        {
            nodes.Error(root, hasGrid ? "cells" : "", hasGrid ? "give either grid or cells, not both" : "required: a grid of factors or a list of named cells");
        }
        else if (hasGrid)
        {
            factors = StudyGridReader.Factors(grid!, nodes);
            cells = StudyGridReader.Cells(factors, common);
        }
        else
        {
            cells = NamedCells(named!, common, nodes);
        }

        if (cells.Count > MaxCells)
        {
            nodes.Error(hasGrid ? grid : named, hasGrid ? "grid" : "cells", $"{cells.Count} cells is more than the {MaxCells} a study may have");
        }

        int reference = fields.TryGetValue("reference", out var refNode) && cells.Count > 0 ? Reference(refNode, factors, cells, nodes) : 0;
        if (nodes.Errors.Count > 0 || name is null || scenario is null || cells.Count == 0)
        {
            return null;
        }

        return new StudyDefinition
        {
            Name = name,
            File = path,
            ScenarioFile = Path.GetFullPath(Path.Combine(folder, scenario)),
            ScenarioAsWritten = scenario,
            PlanFile = plan is null ? null : Path.GetFullPath(Path.Combine(folder, plan)),
            PlanAsWritten = plan,
            Replications = replications,
            Seed = seed,
            Factors = factors,
            Cells = cells,
            Reference = reference,
            ChartKpis = chartKpis,
        };
    }

    /// <summary>The overrides of a <c>set</c> mapping (path: value), in order.</summary>
    public static IReadOnlyList<ScenarioOverride> Overrides(YamlNode node, string field, StudyYamlNodes nodes)
    {
        var mapping = nodes.Mapping(node, field, "{markets.US.duty_regimes[1].de_minimis: 800}");
        var result = new List<ScenarioOverride>();
        if (mapping is null)
        {
            return result;
        }

        foreach (var (key, value) in mapping.Children)
        {
            string? path = nodes.Text(key, field);
            if (path is not null)
            {
                result.Add(new ScenarioOverride(path, StudyYamlNodes.ValueText(value)));
            }
        }

        return result;
    }

    private static YamlMappingNode? Parse(string path, StudyYamlNodes nodes)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > 1 << 20)
            {
                nodes.Error(null, "", info.Exists ? "the study file is larger than 1 MiB" : "the study file does not exist");
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                return root;
            }

            nodes.Error(null, "", "the study must be a YAML mapping (name: ..., scenario: ..., grid: ...)");
        }
        catch (YamlException ex)
        {
            nodes.ErrorAt(ex.Start.Line, ex.Start.Column, "", $"YAML syntax error: {ex.InnerException?.Message ?? ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            nodes.Error(null, "", $"cannot read the study: {ex.Message}");
        }

        return null;
    }

    private static string? Required(Dictionary<string, YamlNode> fields, string field, YamlNode parent, StudyYamlNodes nodes)
    {
        if (fields.TryGetValue(field, out var node))
        {
            return nodes.Text(node, field);
        }

        nodes.Error(parent, field, "required field is missing");
        return null;
    }

    private static IReadOnlyList<string> ChartKpis(YamlNode node, StudyYamlNodes nodes)
    {
        var list = nodes.List(node, "chart_kpis", "[cost_per_parcel, on_time_rate]");
        return list is null ? [] : [.. list.Children.Select((c, i) => nodes.Text(c, $"chart_kpis[{i}]") ?? "")];
    }

    private static List<StudyCell> NamedCells(YamlNode node, IReadOnlyList<ScenarioOverride> common, StudyYamlNodes nodes)
    {
        var cells = new List<StudyCell>();
        var list = nodes.List(node, "cells", "[{name: baseline}, {name: no-de-minimis, set: {markets.US.duty_regimes[1].de_minimis: 0}}]");
        for (int i = 0; i < (list?.Children.Count ?? 0); i++)
        {
            string field = $"cells[{i}]";
            var item = nodes.Mapping(list!.Children[i], field, "{name: no-de-minimis, set: {...}}");
            if (item is null)
            {
                continue;
            }

            var fields = nodes.Fields(item, field, ["name", "set"]);
            string? name = Required(fields, "name", item, nodes);
            if (name is not null && !StudyYamlNodes.IsIdentifier(name))
            {
                nodes.Error(fields["name"], $"{field}.name", $"'{name}' is not a plain identifier (letters, digits, '_', '.', '-'): it names the cell's folder");
            }
            else if (name is not null && cells.Any(c => c.Id == name))
            {
                nodes.Error(fields["name"], $"{field}.name", $"duplicate cell '{name}'");
            }

            var own = fields.TryGetValue("set", out var set) ? Overrides(set, $"{field}.set", nodes) : [];
            cells.Add(new StudyCell(i, name ?? "", name ?? "", [.. common, .. own], []));
        }

        return cells;
    }

    private static int Reference(YamlNode node, IReadOnlyList<StudyFactor> factors, IReadOnlyList<StudyCell> cells, StudyYamlNodes nodes)
    {
        if (node is YamlScalarNode { Value: { } text })
        {
            int index = cells.ToList().FindIndex(c => c.Id == text || c.Name == text);
            if (index < 0)
            {
                nodes.Error(node, "reference", $"no cell '{text}'; the cells are {string.Join(", ", cells.Take(20).Select(c => c.Id))}{(cells.Count > 20 ? ", ..." : "")}");
            }

            return Math.Max(index, 0);
        }

        return factors.Count == 0 ? Fail() : StudyGridReader.Reference(node, factors, cells, nodes);

        int Fail()
        {
            nodes.Error(node, "reference", "must name a cell");
            return 0;
        }
    }
}
