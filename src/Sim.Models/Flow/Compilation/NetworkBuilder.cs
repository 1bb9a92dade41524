using Sim.Engine.Time;
using Sim.Models.Customs;
using Sim.Models.Inventory;
using Sim.Models.Kpis;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Flow.Compilation;

/// <summary>
/// Compiles routes on first use, and registers the stations, customs points and KPI groups they
/// need in the order they are first used (which is the order resources are reported in). Used once,
/// on one thread, by <see cref="RouteCompiler"/>.
/// </summary>
internal sealed class NetworkBuilder
{
    private readonly Dictionary<string, Mode> _modes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Market> _marketSpecs = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Origin, string Market, string Mode), LaneSpec> _lanes = [];
    private readonly Dictionary<(string Mode, string Leg, string Market), LegCost> _rateCards = [];
    private readonly Dictionary<(string Mode, string Market, string Origin), int> _routeIndex = [];
    private readonly Dictionary<(string Mode, string Market), int> _groupIndex = [];
    private readonly Dictionary<GroupKey, int> _pools = [];
    private readonly Dictionary<GroupKey, int> _quotas = [];
    private readonly Dictionary<GroupKey, int> _lines = [];
    private readonly Dictionary<GroupKey, int> _customsPoints = [];
    private readonly List<ServerPoolSpec> _poolList = [];
    private readonly List<DailyQuotaSpec> _quotaList = [];
    private readonly List<DepartureLineSpec> _lineList = [];
    private readonly List<GroupKey> _customsPointList = [];
    private readonly List<ResourceSlot> _resourceOrder = [];
    private readonly CustomsCatalogue _customs;

    public NetworkBuilder(Scenario scenario)
    {
        Scenario = scenario;
        _customs = new CustomsCatalogue(scenario);
        foreach (var market in scenario.Markets)
        {
            MarketIndex.Add(market.Code, Markets.Count);
            Markets.Add(new MarketRules(Markets.Count, market.Code));
            _marketSpecs.Add(market.Code, market);
        }

        foreach (var mode in scenario.Modes)
        {
            _modes.Add(mode.Id, mode);
        }

        foreach (var node in scenario.Nodes)
        {
            _nodes.Add(node.Id, node);
        }

        foreach (var lane in scenario.Lanes)
        {
            _lanes[(lane.Origin, lane.Market, lane.Mode)] = lane;
        }

        foreach (var card in scenario.RateCards)
        {
            _rateCards[(card.Mode, card.Leg, card.Market)] = card.Cost;
        }

        Products = new ProductFacts[scenario.ProductClasses.Count];
        for (int i = 0; i < Products.Length; i++)
        {
            var product = scenario.ProductClasses[i];
            ProductIndex.Add(product.Id, i);
            Products[i] = new ProductFacts(product.Value, product.ImportValue, product.WeightKg, product.VolumeM3, product.ReturnRate, (long)Math.Round(product.PromiseDays * SimDuration.TicksPerDay));
        }
    }

    public Scenario Scenario { get; }

    public ProductFacts[] Products { get; }

    public Dictionary<string, int> ProductIndex { get; } = new(StringComparer.Ordinal);

    public List<MarketRules> Markets { get; } = [];

    public Dictionary<string, int> MarketIndex { get; } = new(StringComparer.Ordinal);

    public List<CompiledRoute> Routes { get; } = [];

    public List<GroupKey> Groups { get; } = [];

    public List<(string Mode, string Market)> GroupModes { get; } = [];

    /// <summary>Warehouses as compiled so far (set by <see cref="WarehouseCompiler"/>).</summary>
    public List<CompiledWarehouse> Warehouses { get; } = [];

    public List<CompiledStockPoint> StockPoints { get; } = [];

    public Mode Mode(string id) => _modes.TryGetValue(id, out var mode) ? mode : throw new InvalidOperationException($"Unknown mode '{id}'.");

    public bool HasLane(string origin, string market, string mode) => _lanes.ContainsKey((origin, market, mode));

    public int GroupFor(string modeId, string marketCode)
    {
        if (!_groupIndex.TryGetValue((modeId, marketCode), out int index))
        {
            index = Groups.Count;
            Groups.Add(GroupKey.Of(GroupDimension.Mode, modeId).With(GroupDimension.Market, marketCode));
            GroupModes.Add((modeId, marketCode));
            _groupIndex.Add((modeId, marketCode), index);
        }

        return index;
    }

    /// <summary>
    /// The route of <paramref name="modeId"/> from <paramref name="origin"/> to <paramref name="marketCode"/>,
    /// compiled on first use. <paramref name="streamScope"/> is appended to its legs' stream names, so that
    /// the reverse route of each group of orders draws its own numbers.
    /// </summary>
    public int RouteFor(string modeId, string marketCode, string origin, CompiledWarehouseRef warehouse, string streamScope = "")
    {
        var key = (modeId, marketCode, origin + streamScope);
        if (_routeIndex.TryGetValue(key, out int existing))
        {
            return existing;
        }

        var mode = Mode(modeId);
        var market = Markets[MarketIndex[marketCode]];
        bool carriesOrders = mode.Kind.CarriesOrders();
        int group = carriesOrders ? GroupFor(modeId, marketCode) : -1;
        _lanes.TryGetValue((origin, marketCode, modeId), out var lane);
        var legs = new CompiledLeg[mode.Legs.Count];
        for (int i = 0; i < legs.Length; i++)
        {
            legs[i] = CompileLeg(mode, mode.Legs[i], market, lane, warehouse, group, streamScope, origin);
        }

        bool offered = !mode.Kind.IsDirectMode() || lane is not null;
        bool imported = mode.Kind.IsWarehouseMode() && !legs.Any(leg => leg.Customs is { ChargesDuties: true });
        var route = new CompiledRoute(Routes.Count, mode, origin, market, warehouse.Id, group, group >= 0 ? Groups[group] : null, legs, offered, warehouse.StockedClasses)
        {
            SaleTaxRegimes = imported ? _customs.For(market.Code, DutyChannel.Commercial, _customs.GoodsCountry(origin, warehouse)) : null,
        };
        Routes.Add(route);
        _routeIndex.Add(key, route.Index);
        return route.Index;
    }

    public NetworkParts Parts(DemandSourceSpec[] sources, CompiledReturns?[] returns) => new()
    {
        Periods = PeriodCompiler.Compile(Scenario),
        Routes = [.. Routes],
        Groups = [.. Groups],
        GroupModes = [.. GroupModes],
        Products = Products,
        Markets = [.. Markets],
        Pools = [.. _poolList],
        Quotas = [.. _quotaList],
        Lines = [.. _lineList],
        CustomsPoints = [.. _customsPointList],
        ResourceOrder = [.. _resourceOrder],
        Warehouses = [.. Warehouses],
        StockPoints = [.. StockPoints],
        Sources = sources,
        ReturnsByMarket = returns,
    };

    private CompiledLeg CompileLeg(Mode mode, Leg leg, MarketRules market, LaneSpec? lane, CompiledWarehouseRef warehouse, int group, string streamScope, string origin)
    {
        bool linehaul = leg.Kind.IsLinehaul();
        bool bulk = mode.Kind.IsReplenishment();
        var time = linehaul && lane?.LinehaulTime is { } transit ? transit : leg.ProcessingTime;
        double distance = linehaul && lane?.DistanceKm is double km ? km : leg.DistanceKm;
        var cost = _rateCards.TryGetValue((mode.Id, leg.Id, market.Code), out var card) ? card : leg.Cost;
        var marketSpec = _marketSpecs[market.Code];
        string? nodeId = leg.Node ?? leg.Kind.DefaultNode(marketSpec, warehouse.Id);
        var category = mode.Kind.IsReverse() ? CostCategory.Returns : leg.CostCategory;
        double remoteShare = leg.Kind == LegKind.LastMile && leg.RemoteAreaSurcharge > 0 && nodeId is not null && _nodes.TryGetValue(nodeId, out var zone) ? zone.RemoteShare : 0;

        var station = StationKind.Delay;
        int stationIndex = -1;
        CompiledTimetable? timetable = null;
        StationCapacity? capacity = null;
        if (leg.Timetable is { } spec)
        {
            timetable = CompiledTimetable.From(spec, Scenario.StartDate);
            station = StationKind.Departure;
            stationIndex = LineFor(mode, leg, market, timetable, category, group);
            double perDay = (double)timetable.OffsetTicks.Length * SimDuration.TicksPerDay / timetable.PeriodTicks;
            if (spec.CapacityParcels is not null || spec.CapacityKg is not null)
            {
                capacity = new StationCapacity(_lineList[stationIndex].Key, station, spec.CapacityParcels * perDay, spec.CapacityKg * perDay, null);
            }
        }
        else if (leg.Capacity?.Servers is int servers)
        {
            station = StationKind.ServerPool;
            var key = GroupKey.Of(GroupDimension.Servers, mode.Id + "/" + leg.Id);
            stationIndex = PoolFor(key, servers);
            capacity = new StationCapacity(key, station, null, null, servers * 24.0);
        }
        else if (leg.Capacity?.DailyThroughput is double perDay)
        {
            station = StationKind.DailyQuota;
            var key = GroupKey.Of(GroupDimension.Quota, mode.Id + "/" + leg.Id);
            stationIndex = QuotaFor(key, perDay);
            capacity = new StationCapacity(key, station, perDay, null, null);
        }
        else if (!bulk && leg.Kind == LegKind.WarehouseFulfilment && warehouse.PickCapacityPerDay is double picks)
        {
            // Every market a warehouse serves picks from one daily capacity.
            station = StationKind.DailyQuota;
            stationIndex = QuotaFor(GroupKey.Of(GroupDimension.Quota, warehouse.Id + "/pick"), picks);
        }
        else if (!bulk && !linehaul && nodeId is not null && _nodes.TryGetValue(nodeId, out var node) && node.Servers is int nodeServers)
        {
            station = StationKind.ServerPool;
            var key = GroupKey.Of(GroupDimension.Servers, nodeId);
            stationIndex = PoolFor(key, nodeServers);
            capacity = new StationCapacity(key, station, null, null, nodeServers * 24.0);
        }

        return new CompiledLeg(leg, mode.Id, time, cost, category, distance, streamScope)
        {
            Station = station,
            StationIndex = stationIndex,
            Capacity = capacity,
            StationKey = station switch
            {
                StationKind.Departure => _lineList[stationIndex].Key,
                StationKind.ServerPool => _poolList[stationIndex].Key,
                StationKind.DailyQuota => _quotaList[stationIndex].Key,
                _ => null,
            },
            Timetable = timetable,
            Customs = leg.Kind.IsCustoms() ? CustomsFor(mode, leg, market, nodeId, warehouse, streamScope, origin) : null,
            RemoteShare = remoteShare,
            RemoteSurcharge = remoteShare > 0 ? leg.RemoteAreaSurcharge : 0,
        };
    }

    private CompiledCustomsLeg CustomsFor(Mode mode, Leg leg, MarketRules market, string? nodeId, CompiledWarehouseRef warehouse, string streamScope, string origin)
    {
        bool import = leg.Kind.IsImportCustoms();
        bool bulk = mode.Kind.IsReplenishment();
        var profile = _customs.ProfileFor(leg, market.Code);
        var key = GroupKey.Of(GroupDimension.Customs, nodeId ?? profile.Profile.Id);
        if (!_customsPoints.TryGetValue(key, out int point))
        {
            point = _customsPointList.Count;
            _customsPoints.Add(key, point);
            _customsPointList.Add(key);
            _resourceOrder.Add(new ResourceSlot(ResourceKind.CustomsPoint, point));
        }

        return new CompiledCustomsLeg(
            profile,
            // Goods entering bond pay at sale, when each order clears, not at entry.
            ChargesDuties: import && !(bulk && warehouse.Kind == WarehouseKind.Bonded),
            Clearance: leg.Clearance ?? (bulk ? ClearanceMode.Bulk : null),
            Regimes: import ? _customs.For(market.Code, mode.Channel, _customs.GoodsCountry(origin, warehouse)) : null,
            Point: point,
            StreamName: "customs/" + mode.Id + "/" + leg.Id + streamScope);
    }

    private int PoolFor(GroupKey key, int servers) => Register(_pools, _poolList, key, () => new ServerPoolSpec(key, servers), ResourceKind.Servers);

    private int QuotaFor(GroupKey key, double perDay) => Register(_quotas, _quotaList, key, () => new DailyQuotaSpec(key, perDay), ResourceKind.DailyThroughput);

    private int LineFor(Mode mode, Leg leg, MarketRules market, CompiledTimetable timetable, CostCategory category, int group)
    {
        var key = GroupKey.Of(GroupDimension.Line, mode.Id + "/" + leg.Id + "/" + market.Code);
        var spec = timetable.Spec;
        return Register(_lines, _lineList, key, () => new DepartureLineSpec(key, timetable, spec.CapacityParcels, spec.CapacityKg, leg.Cost.PerShipment, category, group), ResourceKind.DepartureLine);
    }

    private int Register<T>(Dictionary<GroupKey, int> index, List<T> list, GroupKey key, Func<T> create, ResourceKind kind)
    {
        if (!index.TryGetValue(key, out int existing))
        {
            existing = list.Count;
            list.Add(create());
            index.Add(key, existing);
            _resourceOrder.Add(new ResourceSlot(kind, existing));
        }

        return existing;
    }
}
