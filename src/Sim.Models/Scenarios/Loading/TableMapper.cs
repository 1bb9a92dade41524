using Sim.Models.Demand;
using Sim.Models.Network;
using Sim.Models.Scenarios.Yaml;

namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// Reads the CSV tables a scenario names (lanes, rate cards, demand) and the demand settings.
/// A table path is relative to the scenario's folder and must stay inside it (absolute paths and
/// paths that climb out with <c>..</c> are rejected), and must name a regular file of at most
/// <see cref="ScenarioLoader.MaxTableBytes"/>; every table read is added to the source hash.
/// Not thread-safe.
/// </summary>
internal sealed class TableMapper(FieldReader fields, ScenarioIndex index, string baseDirectory, SourceHash source)
{
    private static readonly string[] LaneColumns = ["origin", "market", "mode"];
    private static readonly string[] LaneOptionalColumns = ["distance_km", "linehaul_mean_days", "linehaul_cv"];
    private static readonly string[] RateColumns = ["mode", "leg", "market"];
    private static readonly string[] RateOptionalColumns = ["per_parcel", "per_kg", "per_m3", "per_shipment", "per_container", "lcl_per_m3", "lcl_minimum"];
    private static readonly string[] DemandColumns = ["origin", "market", "product_class", "orders_per_day"];
    private static readonly string[] DemandOptionalColumns = ["b2b_share", "b2b_units_per_order"];

    private ScenarioDiagnostics Diagnostics => fields.Diagnostics;

    /// <summary>Reads a table named at <paramref name="path"/>; null (with an error) when it cannot be used.</summary>
    private (byte[] Content, string Display)? Table(string? relative, FieldPath path, bool required)
    {
        if (string.IsNullOrWhiteSpace(relative))
        {
            if (required)
            {
                Diagnostics.Add(path, "required field is missing (a CSV file path relative to the scenario file)");
            }

            return null;
        }

        var shown = FieldReader.Quote(relative);
        if (Path.IsPathRooted(relative))
        {
            Diagnostics.Add(path, $"table '{shown}' is an absolute path: give a path relative to the scenario's folder, inside it");
            return null;
        }

        var folder = Path.TrimEndingDirectorySeparator(baseDirectory);
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        if (!full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            Diagnostics.Add(path, $"table '{shown}' leads out of the scenario's folder: tables must be in the scenario's folder or below it");
            return null;
        }

        var content = InputFile.TryRead(full, ScenarioLoader.MaxTableBytes, out var problem);
        if (content is null)
        {
            Diagnostics.Add(path, problem == InputFile.Missing ? $"table '{shown}' not found (looked for {full})" : $"table '{shown}' {problem}");
            return null;
        }

        source.AddTable(relative, content);
        return (content, Path.Combine(Path.GetDirectoryName(Diagnostics.YamlFile) ?? "", relative));
    }

    private static string CellReference<T>(CsvTableRow row, string column, Dictionary<string, T> known, string what)
    {
        var id = row.Text(column);
        if (id.Length > 0 && !known.ContainsKey(id))
        {
            row.Error(column, $"unknown {what} '{FieldReader.Quote(id)}'{Suggestions.DidYouMean(id, known.Keys)}");
        }

        return id;
    }

    public List<LaneSpec> ReadLanes(string? relative, FieldPath path, bool required)
    {
        if (Table(relative, path, required) is not { } table)
        {
            index.TablesUsable = false;
            return [];
        }

        var keys = new HashSet<(string, string, string)>();
        var errorsBefore = Diagnostics.Errors.Count;
        var lanes = CsvTable.Read(table.Content, "lanes", table.Display, LaneColumns, LaneOptionalColumns, row =>
        {
            var origin = CellReference(row, "origin", index.Nodes, "node");
            var market = CellReference(row, "market", index.Markets, "market");
            var mode = CellReference(row, "mode", index.Modes, "mode");
            var distance = row.OptionalNumber("distance_km", ScenarioRanges.DistanceKm);
            var mean = row.OptionalNumber("linehaul_mean_days", ScenarioRanges.LinehaulMeanDays);
            var cv = row.OptionalNumber("linehaul_cv", ScenarioRanges.Cv);
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
        }, Diagnostics);
        index.TablesUsable &= Diagnostics.Errors.Count == errorsBefore;
        return lanes;
    }

    public List<RateCardEntry> ReadRateCards(string? relative, FieldPath path)
    {
        if (Table(relative, path, required: false) is not { } table)
        {
            return [];
        }

        var keys = new HashSet<(string, string, string)>();
        return CsvTable.Read(table.Content, "rate-card", table.Display, RateColumns, RateOptionalColumns, row =>
        {
            var mode = CellReference(row, "mode", index.Modes, "mode");
            var leg = row.Text("leg");
            if (index.Modes.TryGetValue(mode, out var m) && leg.Length > 0 && !m.Legs.Any(l => l.Id == leg))
            {
                var legIds = m.Legs.Select(l => l.Id).ToList();
                row.Error("leg", $"mode '{mode}' has no leg '{FieldReader.Quote(leg)}'{Suggestions.DidYouMean(leg, legIds)}");
            }

            var market = CellReference(row, "market", index.Markets, "market");
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
                    PerParcel = row.OptionalNumber("per_parcel", ScenarioRanges.Money) ?? 0,
                    PerKg = row.OptionalNumber("per_kg", ScenarioRanges.Money) ?? 0,
                    PerM3 = row.OptionalNumber("per_m3", ScenarioRanges.Money) ?? 0,
                    PerShipment = row.OptionalNumber("per_shipment", ScenarioRanges.Money) ?? 0,
                    PerContainer = row.OptionalNumber("per_container", ScenarioRanges.Money) ?? 0,
                    LclPerM3 = row.OptionalNumber("lcl_per_m3", ScenarioRanges.Money) ?? 0,
                    LclMinimum = row.OptionalNumber("lcl_minimum", ScenarioRanges.Money) ?? 0,
                },
            };
        }, Diagnostics);
    }

    public (IReadOnlyList<double> Pattern, IReadOnlyList<SalesPeak> Peaks) MapDemandSettings(DemandYaml? y, FieldPath path)
    {
        IReadOnlyList<double> pattern = [1, 1, 1, 1, 1, 1, 1];
        if (y?.WeeklyPattern is { } given)
        {
            var patternPath = path.Field("weekly_pattern");
            if (given.Count != 7)
            {
                Diagnostics.Add(patternPath, $"needs 7 factors (Monday to Sunday), found {given.Count}");
            }
            else if (!given.All(ScenarioRanges.WeeklyFactor.Contains) || given.Sum() <= 0)
            {
                Diagnostics.Add(patternPath, $"factors must be in {ScenarioRanges.WeeklyFactor.Describe()}, and not all zero");
            }
            else
            {
                pattern = given.ToArray();
            }
        }

        var peaks = fields.Items(y?.Peaks, path.Field("peaks"), p => p.Name, MapPeak, new Dictionary<string, SalesPeak>(StringComparer.Ordinal), p => p.Name, "peak", required: false);
        return (pattern, peaks);
    }

    private SalesPeak MapPeak(SalesPeakYaml y, FieldPath path)
    {
        var from = fields.Date(y.From, path.Field("from"), required: true);
        var to = fields.Date(y.To, path.Field("to"), required: true);
        if (to < from)
        {
            Diagnostics.Add(path.Field("to"), "must be on or after from");
        }

        var markets = y.Markets ?? [];
        for (var i = 0; i < markets.Count; i++)
        {
            fields.Reference(markets[i], index.Markets, path.Field("markets").Item(i, null), "market");
        }

        return new SalesPeak
        {
            Name = fields.Required(y.Name, path.Field("name")),
            From = from,
            To = to,
            Multiplier = fields.RequiredNumber(y.Multiplier, path.Field("multiplier"), ScenarioRanges.PeakMultiplier),
            Markets = markets.ToArray(),
        };
    }

    public List<DemandStreamSpec> ReadDemand(string? relative, FieldPath path, IReadOnlyList<double> pattern, IReadOnlyList<SalesPeak> peaks, bool required)
    {
        if (Table(relative, path, required) is not { } table)
        {
            index.TablesUsable = false;
            return [];
        }

        var keys = new HashSet<(string, string, string)>();
        var errorsBefore = Diagnostics.Errors.Count;
        var streams = CsvTable.Read(table.Content, "demand", table.Display, DemandColumns, DemandOptionalColumns, row =>
        {
            var origin = CellReference(row, "origin", index.Nodes, "node");
            if (index.Nodes.TryGetValue(origin, out var node) && node.Kind != NodeKind.OriginRegion)
            {
                row.Error("origin", $"node '{origin}' is a {FieldReader.Snake(node.Kind.ToString())}, expected origin_region");
            }

            var market = CellReference(row, "market", index.Markets, "market");
            var productClass = CellReference(row, "product_class", index.Classes, "product class");
            if (!keys.Add((origin, market, productClass)))
            {
                row.Error("product_class", $"duplicate demand stream {origin} -> {market} for {productClass}");
            }

            return new DemandStreamSpec
            {
                Origin = origin,
                Market = market,
                ProductClass = productClass,
                OrdersPerDay = row.Number("orders_per_day", ScenarioRanges.OrdersPerDay),
                WeeklyPattern = pattern,
                Peaks = peaks.Where(p => p.Markets.Count == 0 || p.Markets.Contains(market)).ToArray(),
                B2bShare = row.OptionalNumber("b2b_share", ScenarioRanges.Probability) ?? 0,
                B2bUnitsPerOrder = row.OptionalInteger("b2b_units_per_order", ScenarioRanges.B2bUnits) ?? 1,
            };
        }, Diagnostics);
        index.TablesUsable &= Diagnostics.Errors.Count == errorsBefore;
        if (streams.Count == 0 && !Diagnostics.HasErrors)
        {
            Diagnostics.Add(path, "the demand table has no rows");
        }

        return streams;
    }
}
