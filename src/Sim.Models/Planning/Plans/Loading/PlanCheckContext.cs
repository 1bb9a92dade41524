using System.Globalization;
using Sim.Models.Demand;
using Sim.Models.Inventory;
using Sim.Models.Network;
using Sim.Models.Scenarios;
using Sim.Models.Scenarios.Loading;
using YamlDotNet.Serialization.NamingConventions;

namespace Sim.Models.Planning.Plans.Loading;

/// <summary>
/// What the plan checks look things up in (the scenario's nodes, markets, product classes, modes,
/// warehouses, lanes and demand streams, by key) and how they report: references with a "did you
/// mean" hint, numbers with their range. One instance per validation; not thread-safe.
/// </summary>
internal sealed class PlanCheckContext
{
    public PlanCheckContext(Scenario scenario, ScenarioDiagnostics diagnostics)
    {
        Diagnostics = diagnostics;
        Nodes = scenario.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        Markets = scenario.Markets.ToDictionary(m => m.Code, StringComparer.Ordinal);
        Classes = scenario.ProductClasses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        Modes = scenario.Modes.ToDictionary(m => m.Id, StringComparer.Ordinal);
        Warehouses = scenario.Warehouses.ToDictionary(w => w.Id, StringComparer.Ordinal);
        Lanes = scenario.Lanes.Select(l => (l.Origin, l.Market, l.Mode)).ToHashSet();
        Demand = scenario.DemandStreams.ToDictionary(d => (d.Origin, d.Market, d.ProductClass));
    }

    public ScenarioDiagnostics Diagnostics { get; }

    public Dictionary<string, Node> Nodes { get; }

    public Dictionary<string, Market> Markets { get; }

    public Dictionary<string, ProductClass> Classes { get; }

    public Dictionary<string, Mode> Modes { get; }

    public Dictionary<string, Warehouse> Warehouses { get; }

    public HashSet<(string Origin, string Market, string Mode)> Lanes { get; }

    public Dictionary<(string Origin, string Market, string ProductClass), DemandStreamSpec> Demand { get; }

    public static bool IsWarehouseMode(ModeKind kind) => kind.IsWarehouseMode();

    public static bool IsDirectMode(ModeKind kind) => kind.IsDirectMode();

    public static string Snake(string pascal) => UnderscoredNamingConvention.Instance.Apply(pascal);

    public static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    public void Add(FieldPath path, string reason) => Diagnostics.Add(path, reason);

    /// <summary>The item <paramref name="id"/> names, or null after reporting it unknown (nothing when the id is empty: the mapper reported that).</summary>
    public T? Reference<T>(string id, Dictionary<string, T> known, FieldPath path, string what)
        where T : class
    {
        if (id.Length == 0)
        {
            return null;
        }

        if (known.TryGetValue(id, out var item))
        {
            return item;
        }

        Add(path, $"unknown {what} '{id}'{Suggestions.DidYouMean(id, known.Keys)}");
        return null;
    }

    /// <summary>Reports <paramref name="value"/> unless it is finite and within [<paramref name="min"/>, <paramref name="max"/>] (the lower bound excluded when <paramref name="positive"/>).</summary>
    public void Range(double value, FieldPath path, double min, double max, bool positive = false)
    {
        var reason = !double.IsFinite(value) ? "must be a finite number"
            : positive && value <= min ? "must be positive"
            : value < min ? (min == 0 ? "must be zero or more" : $"must be at least {Format(min)}")
            : value > max ? (min == 0 && max == 1 ? "is a fraction and must be in [0, 1]" : $"must be at most {Format(max)}")
            : null;
        if (reason is not null)
        {
            Add(path, $"{Format(value)} {reason}");
        }
    }

    /// <summary>Reports the second and later items with an already-seen key.</summary>
    public static void Duplicates<T, TKey>(IReadOnlyList<T> items, Func<T, TKey> key, Func<int, FieldPath> path, Func<T, string> describe, Action<FieldPath, string> add)
        where TKey : notnull
    {
        var seen = new HashSet<TKey>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!seen.Add(key(items[i])))
            {
                add(path(i), $"duplicate {describe(items[i])}");
            }
        }
    }
}
