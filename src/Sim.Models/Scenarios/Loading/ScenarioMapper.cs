using Sim.Models.Scenarios.Yaml;

namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// Turns the deserialised YAML (and the CSV tables it names) into the immutable <see cref="Scenario"/>,
/// checking every value, range and reference on the way and recording every problem in the
/// diagnostics. Sections are mapped in dependency order (nodes before the markets that name them,
/// and so on) so that each reference can be checked when it is met; the section mappers share one
/// <see cref="FieldReader"/> and one <see cref="ScenarioIndex"/>. One instance maps one document;
/// not thread-safe.
/// </summary>
internal sealed class ScenarioMapper
{
    private readonly FieldReader _fields;
    private readonly ScenarioIndex _index = new();
    private readonly NetworkMapper _network;
    private readonly ModeMapper _modes;
    private readonly TableMapper _tables;
    private readonly WarehouseMapper _warehouses;
    private readonly FulfilmentMapper _fulfilment;
    private readonly ReturnMapper _returns;
    private readonly PlanningMapper _planning;

    public ScenarioMapper(ScenarioDiagnostics diagnostics, string baseDirectory, SourceHash source)
    {
        _fields = new FieldReader(diagnostics);
        _network = new NetworkMapper(_fields, _index);
        _modes = new ModeMapper(_fields, _index);
        _tables = new TableMapper(_fields, _index, baseDirectory, source);
        _warehouses = new WarehouseMapper(_fields, _index, _network);
        _fulfilment = new FulfilmentMapper(_fields, _index);
        _returns = new ReturnMapper(_fields, _index);
        _planning = new PlanningMapper(_fields, _index);
    }

    /// <summary>The scenario (without its <see cref="Scenario.Source"/>), or null when any error was recorded.</summary>
    public Scenario? Map(ScenarioYaml y)
    {
        var root = FieldPath.Root;
        var name = _fields.Identifier(y.Name, root.Field("name"));
        var startDate = _fields.Date(y.StartDate, root.Field("start_date"), required: true);
        var horizon = _fields.RequiredNumber(y.HorizonDays, root.Field("horizon_days"), ScenarioRanges.HorizonDays);
        var warmUp = _fields.Number(y.WarmUpDays, root.Field("warm_up_days"), 0, ScenarioRanges.WarmUpDays);
        if (warmUp >= horizon && ScenarioRanges.HorizonDays.Contains(horizon))
        {
            _fields.Diagnostics.Add(root.Field("warm_up_days"), $"must be shorter than horizon_days ({FieldReader.Format(horizon)})");
        }

        var reportPeriods = MapReportPeriods(y.ReportPeriods, root.Field("report_periods"), startDate, horizon);
        var replications = _fields.OptionalInteger(y.Replications, root.Field("replications"), ScenarioRanges.Replications) ?? 10;
        var currency = _fields.Required(y.Currency, root.Field("currency"));
        if (currency.Length > 0 && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
        {
            _fields.Diagnostics.Add(root.Field("currency"), $"'{FieldReader.Quote(currency)}' is not an ISO 4217 code (three upper-case letters, e.g. USD)");
        }

        var nodes = _fields.Items(y.Nodes, root.Field("nodes"), n => n.Id, _network.MapNode, _index.Nodes, n => n.Id, "node", required: true);
        var profiles = _fields.Items(y.CustomsProfiles, root.Field("customs_profiles"), p => p.Id, _network.MapProfile, _index.Profiles, p => p.Id, "customs profile", required: true);
        var classes = _fields.Items(y.ProductClasses, root.Field("product_classes"), c => c.Id, _network.MapProductClass, _index.Classes, c => c.Id, "product class", required: true);
        var markets = _fields.Items(y.Markets, root.Field("markets"), m => m.Code, _network.MapMarket, _index.Markets, m => m.Code, "market", required: true);
        var modes = _fields.Items(y.Modes, root.Field("modes"), m => m.Id, _modes.MapMode, _index.Modes, m => m.Id, "mode", required: true);

        var tables = root.Field("tables");
        if (y.Tables is null)
        {
            _fields.Diagnostics.Add(tables, "required field is missing (the lanes and demand tables)");
        }

        var lanes = _tables.ReadLanes(y.Tables?.Lanes, tables.Field("lanes"), required: y.Tables is not null);
        var rateCards = _tables.ReadRateCards(y.Tables?.RateCards, tables.Field("rate_cards"));
        var (weeklyPattern, peaks) = _tables.MapDemandSettings(y.Demand, root.Field("demand"));
        var demand = _tables.ReadDemand(y.Tables?.Demand, tables.Field("demand"), weeklyPattern, peaks, required: y.Tables is not null);

        var warehouses = _fields.Items(y.Warehouses, root.Field("warehouses"), w => w.Id, _warehouses.MapWarehouse, _index.Warehouses, w => w.Id, "warehouse", required: false);
        _warehouses.CheckWarehousePairs(warehouses, root.Field("warehouses"));
        _warehouses.CheckFallbacks(warehouses, demand, lanes, root.Field("warehouses"));
        var fulfilment = _fulfilment.MapFulfilment(y.Fulfilment, root.Field("fulfilment"), demand, lanes);
        var returns = _returns.MapReturns(y.Returns, root.Field("returns"));
        var planning = _planning.Map(y.Planning, root.Field("planning"));

        if (_fields.Diagnostics.HasErrors)
        {
            return null;
        }

        return new Scenario
        {
            Name = name,
            Description = y.Description ?? "",
            Currency = currency,
            StartDate = startDate,
            HorizonDays = horizon,
            WarmUpDays = warmUp,
            ReportPeriods = reportPeriods,
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
            Planning = planning,
        };
    }

    private List<DateOnly> MapReportPeriods(List<string>? dates, FieldPath path, DateOnly startDate, double horizon)
    {
        var result = new List<DateOnly>();
        for (var i = 0; i < (dates?.Count ?? 0); i++)
        {
            var itemPath = path.Item(i, null);
            var date = _fields.Date(dates![i], itemPath, required: true);
            if (date <= startDate || date.DayNumber - startDate.DayNumber >= horizon)
            {
                _fields.Diagnostics.Add(itemPath, $"{date:yyyy-MM-dd} is not inside the horizon: a period must start after start_date and before start_date + horizon_days");
            }
            else if (result.Count > 0 && date <= result[^1])
            {
                _fields.Diagnostics.Add(itemPath, "dates must be in ascending order, without repeats");
            }

            result.Add(date);
        }

        return result;
    }
}
