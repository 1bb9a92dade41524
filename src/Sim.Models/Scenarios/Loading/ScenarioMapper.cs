using System.Globalization;
using Sim.Models.Customs;
using Sim.Models.Demand;
using Sim.Models.Inventory;
using Sim.Models.Network;
using Sim.Models.Scenarios.Yaml;
using YamlDotNet.Serialization.NamingConventions;

namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// Turns the deserialised YAML (and the CSV tables it names) into the immutable <see cref="Scenario"/>,
/// checking every value and reference on the way and recording every problem in the diagnostics.
/// Sections are mapped in dependency order so that each reference can be checked when it is met.
/// One instance maps one document; not thread-safe.
/// </summary>
internal sealed partial class ScenarioMapper(ScenarioDiagnostics diagnostics, string baseDirectory)
{
    private const double ShareTolerance = 1e-6;

    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CustomsProfile> _profiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProductClass> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Market> _markets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Mode> _modes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Warehouse> _warehouses = new(StringComparer.Ordinal);

    // False when the lanes or demand table could not be read cleanly: checks that look rows up in
    // them would then only repeat the table's own errors.
    private bool _tablesUsable = true;

    private enum Check
    {
        Any,
        NonNegative,
        Positive,
        Probability,
    }

    /// <summary>The scenario, or null when any error was recorded.</summary>
    public Scenario? Map(ScenarioYaml y)
    {
        var root = FieldPath.Root;
        var startDate = Date(y.StartDate, root.Field("start_date"), required: true);
        var horizon = RequiredNumber(y.HorizonDays, root.Field("horizon_days"), Check.Positive);
        var warmUp = Number(y.WarmUpDays, root.Field("warm_up_days"), 0, Check.NonNegative);
        if (warmUp >= horizon && horizon > 0)
        {
            diagnostics.Add(root.Field("warm_up_days"), $"must be shorter than horizon_days ({Format(horizon)})");
        }

        var replications = y.Replications ?? 10;
        if (replications < 1)
        {
            diagnostics.Add(root.Field("replications"), "must be at least 1");
        }

        var currency = Required(y.Currency, root.Field("currency"));
        if (currency.Length > 0 && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
        {
            diagnostics.Add(root.Field("currency"), $"'{currency}' is not an ISO 4217 code (three upper-case letters, e.g. USD)");
        }

        var nodes = Items(y.Nodes, root.Field("nodes"), n => n.Id, MapNode, _nodes, n => n.Id, "node", required: true);
        var profiles = Items(y.CustomsProfiles, root.Field("customs_profiles"), p => p.Id, MapProfile, _profiles, p => p.Id, "customs profile", required: true);
        var classes = Items(y.ProductClasses, root.Field("product_classes"), c => c.Id, MapProductClass, _classes, c => c.Id, "product class", required: true);
        var markets = Items(y.Markets, root.Field("markets"), m => m.Code, MapMarket, _markets, m => m.Code, "market", required: true);
        var modes = Items(y.Modes, root.Field("modes"), m => m.Id, MapMode, _modes, m => m.Id, "mode", required: true);

        var tables = root.Field("tables");
        if (y.Tables is null)
        {
            diagnostics.Add(tables, "required field is missing (the lanes and demand tables)");
        }

        var lanes = ReadLanes(y.Tables?.Lanes, tables.Field("lanes"), required: y.Tables is not null);
        var rateCards = ReadRateCards(y.Tables?.RateCards, tables.Field("rate_cards"));
        var (weeklyPattern, peaks) = MapDemandSettings(y.Demand, root.Field("demand"));
        var demand = ReadDemand(y.Tables?.Demand, tables.Field("demand"), weeklyPattern, peaks, required: y.Tables is not null);

        var warehouses = Items(y.Warehouses, root.Field("warehouses"), w => w.Id, MapWarehouse, _warehouses, w => w.Id, "warehouse", required: false);
        CheckWarehousePairs(warehouses, root.Field("warehouses"));
        CheckFallbacks(warehouses, demand, lanes, root.Field("warehouses"));
        var fulfilment = MapFulfilment(y.Fulfilment, root.Field("fulfilment"), demand, lanes);
        var returns = MapReturns(y.Returns, root.Field("returns"));

        if (diagnostics.HasErrors)
        {
            return null;
        }

        return new Scenario
        {
            Name = Required(y.Name, root.Field("name")),
            Description = y.Description ?? "",
            Currency = currency,
            StartDate = startDate,
            HorizonDays = horizon,
            WarmUpDays = warmUp,
            Replications = replications,
            Seed = y.Seed ?? 1,
            Nodes = nodes,
            Markets = markets,
            CustomsProfiles = profiles,
            Modes = modes,
            ProductClasses = classes,
            Lanes = lanes,
            RateCards = rateCards,
            DemandStreams = demand,
            Warehouses = warehouses,
            Fulfilment = fulfilment,
            Returns = returns,
        };
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Snake(string pascal) => UnderscoredNamingConvention.Instance.Apply(pascal);

    /// <summary>Maps a YAML list with unique keys, registering each item in <paramref name="index"/>.</summary>
    private List<T> Items<TYaml, T>(
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
                diagnostics.Add(path, $"at least one {what} is required");
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
                diagnostics.Add(itemPath, $"duplicate {what} '{k}'");
            }

            result.Add(item);
        }

        return result;
    }

    private string Required(string? value, FieldPath path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            diagnostics.Add(path, "required field is missing");
            return "";
        }

        return value.Trim();
    }

    private double RequiredNumber(double? value, FieldPath path, Check check)
    {
        if (value is null)
        {
            diagnostics.Add(path, "required field is missing");
            return 0;
        }

        return Number(value, path, 0, check);
    }

    private double Number(double? value, FieldPath path, double fallback, Check check)
    {
        if (value is not { } v)
        {
            return fallback;
        }

        var reason = !double.IsFinite(v) ? "must be a finite number"
            : check switch
            {
                Check.NonNegative when v < 0 => "must be zero or more",
                Check.Positive when v <= 0 => "must be positive",
                Check.Probability when v is < 0 or > 1 => "is a probability and must be in [0, 1]",
                _ => null,
            };
        if (reason is not null)
        {
            diagnostics.Add(path, $"{Format(v)} {reason}");
        }

        return v;
    }

    private double? OptionalNumber(double? value, FieldPath path, Check check) =>
        value is null ? null : Number(value, path, 0, check);

    private T Enum<T>(string? value, FieldPath path, T? fallback)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (fallback is { } f)
            {
                return f;
            }

            diagnostics.Add(path, $"required field is missing (one of {Names<T>()})");
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
        diagnostics.Add(path, $"'{value}' is not one of {string.Join(", ", names)}{Suggestions.DidYouMean(value, names)}");
        return fallback ?? default;
    }

    private static string Names<T>()
        where T : struct, Enum => string.Join(", ", System.Enum.GetNames<T>().Select(Snake));

    private DateOnly Date(string? value, FieldPath path, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                diagnostics.Add(path, "required field is missing (a date, yyyy-mm-dd)");
            }

            return default;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            diagnostics.Add(path, $"'{value}' is not a date of the form yyyy-mm-dd");
        }

        return date;
    }

    /// <summary>Checks that <paramref name="id"/> names a known item; returns it, or null with an error.</summary>
    private T? Reference<T>(string? id, Dictionary<string, T> known, FieldPath path, string what, bool required = true)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            if (required)
            {
                diagnostics.Add(path, $"required field is missing (a {what} id)");
            }

            return null;
        }

        if (known.TryGetValue(id, out var item))
        {
            return item;
        }

        diagnostics.Add(path, $"unknown {what} '{id}'{Suggestions.DidYouMean(id, known.Keys)}");
        return null;
    }

    private DistributionSpec Distribution(DistributionYaml? y, FieldPath path, bool required, DistributionSpec? fallback = null)
    {
        if (y is null)
        {
            if (required)
            {
                diagnostics.Add(path, "required field is missing (a distribution such as {kind: lognormal, mean: 2, cv: 0.5, unit: hours})");
            }

            return fallback ?? DistributionSpec.ConstantHours(0);
        }

        var kind = Enum<DistributionKind>(y.Kind, path.Field("kind"), null);
        string[] uses = kind switch
        {
            DistributionKind.Constant or DistributionKind.Exponential => ["mean"],
            DistributionKind.Uniform => ["min", "max"],
            DistributionKind.Triangular => ["min", "mode", "max"],
            _ => ["mean", "cv"],
        };
        var given = new (string Name, double? Value)[] { ("mean", y.Mean), ("cv", y.Cv), ("min", y.Min), ("mode", y.Mode), ("max", y.Max) };
        foreach (var (name, value) in given)
        {
            if (value is not null && !uses.Contains(name))
            {
                diagnostics.Add(path.Field(name), $"is not used by a {Snake(kind.ToString())} distribution (it takes {string.Join(", ", uses)})");
            }
            else if (value is null && uses.Contains(name))
            {
                diagnostics.Add(path.Field(name), $"required field is missing for a {Snake(kind.ToString())} distribution");
            }
        }

        var mean = Number(y.Mean, path.Field("mean"), 0, kind == DistributionKind.Constant ? Check.NonNegative : Check.Positive);
        var cv = Number(y.Cv, path.Field("cv"), 0, Check.Positive);
        var min = Number(y.Min, path.Field("min"), 0, Check.NonNegative);
        var max = Number(y.Max, path.Field("max"), 0, Check.NonNegative);
        var mode = Number(y.Mode, path.Field("mode"), 0, Check.NonNegative);
        if (y.Min is not null && y.Max is not null && max < min)
        {
            diagnostics.Add(path.Field("max"), $"{Format(max)} is below min {Format(min)}");
        }

        if (kind == DistributionKind.Triangular && y.Mode is not null && (mode < min || mode > max))
        {
            diagnostics.Add(path.Field("mode"), $"{Format(mode)} must lie between min and max");
        }

        return new DistributionSpec
        {
            Kind = kind,
            Mean = mean,
            Cv = cv,
            Min = min,
            Mode = mode,
            Max = max,
            Unit = Enum(y.Unit, path.Field("unit"), (TimeUnit?)TimeUnit.Hours),
        };
    }
}
