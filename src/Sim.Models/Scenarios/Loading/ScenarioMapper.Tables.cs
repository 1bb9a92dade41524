using Sim.Models.Demand;
using Sim.Models.Network;
using Sim.Models.Scenarios.Yaml;

namespace Sim.Models.Scenarios.Loading;

/// <content>The CSV tables (lanes, rate cards, demand) and the demand settings.</content>
internal sealed partial class ScenarioMapper
{
    private static readonly string[] LaneColumns = ["origin", "market", "mode"];
    private static readonly string[] LaneOptionalColumns = ["distance_km", "linehaul_mean_days", "linehaul_cv"];
    private static readonly string[] RateColumns = ["mode", "leg", "market"];
    private static readonly string[] RateOptionalColumns = ["per_parcel", "per_kg", "per_m3", "per_shipment", "per_container"];
    private static readonly string[] DemandColumns = ["origin", "market", "product_class", "orders_per_day"];
    private static readonly string[] DemandOptionalColumns = ["b2b_share", "b2b_units_per_order"];

    /// <summary>Resolves a table path against the YAML's folder; null (with an error) when it is missing.</summary>
    private (string Path, string Display)? Table(string? relative, FieldPath path, bool required)
    {
        if (string.IsNullOrWhiteSpace(relative))
        {
            if (required)
            {
                diagnostics.Add(path, "required field is missing (a CSV file path relative to the scenario file)");
            }

            return null;
        }

        var full = Path.GetFullPath(Path.Combine(baseDirectory, relative));
        if (!File.Exists(full))
        {
            diagnostics.Add(path, $"table '{relative}' not found (looked for {full})");
            return null;
        }

        return (full, Path.Combine(Path.GetDirectoryName(diagnostics.YamlFile) ?? "", relative));
    }

    private static string CellReference<T>(CsvTableRow row, string column, Dictionary<string, T> known, string what)
    {
        var id = row.Text(column);
        if (id.Length > 0 && !known.ContainsKey(id))
        {
            row.Error(column, $"unknown {what} '{id}'{Suggestions.DidYouMean(id, known.Keys)}");
        }

        return id;
    }

    private List<LaneSpec> ReadLanes(string? relative, FieldPath path, bool required)
    {
        if (Table(relative, path, required) is not { } table)
        {
            _tablesUsable = false;
            return [];
        }

        var keys = new HashSet<(string, string, string)>();
        var errorsBefore = diagnostics.Errors.Count;
        var lanes = CsvTable.Read(table.Path, table.Display, LaneColumns, LaneOptionalColumns, row =>
        {
            var origin = CellReference(row, "origin", _nodes, "node");
            var market = CellReference(row, "market", _markets, "market");
            var mode = CellReference(row, "mode", _modes, "mode");
            var distance = row.OptionalNumber("distance_km", min: 0);
            var mean = row.OptionalNumber("linehaul_mean_days", min: double.Epsilon);
            var cv = row.OptionalNumber("linehaul_cv", min: double.Epsilon);
            if ((mean is null) != (cv is null))
            {
                row.Error(mean is null ? "linehaul_mean_days" : "linehaul_cv", "give both linehaul_mean_days and linehaul_cv, or neither");
            }

            if (!keys.Add((origin, market, mode)))
            {
                row.Error("mode", $"duplicate lane {origin} -> {market} by {mode}");
            }

            return new LaneSpec
            {
                Origin = origin,
                Market = market,
                Mode = mode,
                DistanceKm = distance,
                LinehaulTime = mean is { } m && cv is { } c
                    ? new DistributionSpec { Kind = DistributionKind.Lognormal, Mean = m, Cv = c, Unit = TimeUnit.Days }
                    : null,
            };
        }, diagnostics);
        _tablesUsable &= diagnostics.Errors.Count == errorsBefore;
        return lanes;
    }

    private List<RateCardEntry> ReadRateCards(string? relative, FieldPath path)
    {
        if (Table(relative, path, required: false) is not { } table)
        {
            return [];
        }

        var keys = new HashSet<(string, string, string)>();
        return CsvTable.Read(table.Path, table.Display, RateColumns, RateOptionalColumns, row =>
        {
            var mode = CellReference(row, "mode", _modes, "mode");
            var leg = row.Text("leg");
            if (_modes.TryGetValue(mode, out var m) && leg.Length > 0 && !m.Legs.Any(l => l.Id == leg))
            {
                var legIds = m.Legs.Select(l => l.Id).ToList();
                row.Error("leg", $"mode '{mode}' has no leg '{leg}'{Suggestions.DidYouMean(leg, legIds)}");
            }

            var market = CellReference(row, "market", _markets, "market");
            if (!keys.Add((mode, leg, market)))
            {
                row.Error("market", $"duplicate rate for {mode}/{leg} to {market}");
            }

            return new RateCardEntry
            {
                Mode = mode,
                Leg = leg,
                Market = market,
                Cost = new LegCost
                {
                    PerParcel = row.OptionalNumber("per_parcel", min: 0) ?? 0,
                    PerKg = row.OptionalNumber("per_kg", min: 0) ?? 0,
                    PerM3 = row.OptionalNumber("per_m3", min: 0) ?? 0,
                    PerShipment = row.OptionalNumber("per_shipment", min: 0) ?? 0,
                    PerContainer = row.OptionalNumber("per_container", min: 0) ?? 0,
                },
            };
        }, diagnostics);
    }

    private (IReadOnlyList<double> Pattern, IReadOnlyList<SalesPeak> Peaks) MapDemandSettings(DemandYaml? y, FieldPath path)
    {
        IReadOnlyList<double> pattern = [1, 1, 1, 1, 1, 1, 1];
        if (y?.WeeklyPattern is { } given)
        {
            var patternPath = path.Field("weekly_pattern");
            if (given.Count != 7)
            {
                diagnostics.Add(patternPath, $"needs 7 factors (Monday to Sunday), found {given.Count}");
            }
            else if (given.Any(f => f < 0 || !double.IsFinite(f)) || given.Sum() <= 0)
            {
                diagnostics.Add(patternPath, "factors must be zero or more, and not all zero");
            }
            else
            {
                pattern = given.ToArray();
            }
        }

        var peaks = Items(y?.Peaks, path.Field("peaks"), p => p.Name, MapPeak, new Dictionary<string, SalesPeak>(StringComparer.Ordinal), p => p.Name, "peak", required: false);
        return (pattern, peaks);
    }

    private SalesPeak MapPeak(SalesPeakYaml y, FieldPath path)
    {
        var from = Date(y.From, path.Field("from"), required: true);
        var to = Date(y.To, path.Field("to"), required: true);
        if (to < from)
        {
            diagnostics.Add(path.Field("to"), "must be on or after from");
        }

        var markets = y.Markets ?? [];
        for (var i = 0; i < markets.Count; i++)
        {
            Reference(markets[i], _markets, path.Field("markets").Item(i, null), "market");
        }

        return new SalesPeak
        {
            Name = Required(y.Name, path.Field("name")),
            From = from,
            To = to,
            Multiplier = RequiredNumber(y.Multiplier, path.Field("multiplier"), Check.Positive),
            Markets = markets.ToArray(),
        };
    }

    private List<DemandStreamSpec> ReadDemand(string? relative, FieldPath path, IReadOnlyList<double> pattern, IReadOnlyList<SalesPeak> peaks, bool required)
    {
        if (Table(relative, path, required) is not { } table)
        {
            _tablesUsable = false;
            return [];
        }

        var keys = new HashSet<(string, string, string)>();
        var errorsBefore = diagnostics.Errors.Count;
        var streams = CsvTable.Read(table.Path, table.Display, DemandColumns, DemandOptionalColumns, row =>
        {
            var origin = CellReference(row, "origin", _nodes, "node");
            if (_nodes.TryGetValue(origin, out var node) && node.Kind != NodeKind.OriginRegion)
            {
                row.Error("origin", $"node '{origin}' is a {Snake(node.Kind.ToString())}, expected origin_region");
            }

            var market = CellReference(row, "market", _markets, "market");
            var productClass = CellReference(row, "product_class", _classes, "product class");
            if (!keys.Add((origin, market, productClass)))
            {
                row.Error("product_class", $"duplicate demand stream {origin} -> {market} for {productClass}");
            }

            return new DemandStreamSpec
            {
                Origin = origin,
                Market = market,
                ProductClass = productClass,
                OrdersPerDay = row.Number("orders_per_day", min: 0),
                WeeklyPattern = pattern,
                Peaks = peaks.Where(p => p.Markets.Count == 0 || p.Markets.Contains(market)).ToArray(),
                B2bShare = row.OptionalNumber("b2b_share", 0, 1) ?? 0,
                B2bUnitsPerOrder = row.OptionalInteger("b2b_units_per_order", 1) ?? 1,
            };
        }, diagnostics);
        _tablesUsable &= diagnostics.Errors.Count == errorsBefore;
        if (streams.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Add(path, "the demand table has no rows");
        }

        return streams;
    }
}
