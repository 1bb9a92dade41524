using Sim.Engine.Resources;
using Sim.Engine.Time;
using Sim.Models.Customs;
using Sim.Models.Flow.Compilation;
using Sim.Models.Fulfilment;
using Sim.Models.Inventory;
using Sim.Models.Kpis;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Flow;

/// <content>Compiling the scenario into routes, stations, stock points and demand sources.</content>
public sealed partial class ParcelFlowModel
{
    private void BuildWarehouses()
    {
        foreach (var spec in _scenario.Warehouses)
        {
            var byProduct = new int[_products.Length];
            Array.Fill(byProduct, -1);
            var runtime = new WarehouseRuntime
            {
                Spec = spec,
                StockPointByProduct = byProduct,
                Kpis = new WarehouseKpis(GroupKey.Of(GroupDimension.Warehouse, spec.Id)),
            };
            foreach (var policy in spec.Policies)
            {
                int product = _productIndex[policy.ProductClass];
                var kpis = new WarehouseKpis(GroupKey.Of(GroupDimension.Warehouse, spec.Id).With(GroupDimension.Product, policy.ProductClass));
                var stock = new StockPoint(ReorderRules.For(policy), policy.InitialStock, spec.HoldingCostPerUnitDay, kpis);
                byProduct[product] = _stockPoints.Count;
                _stockPoints.Add(new StockPointRuntime { Stock = stock, Warehouse = runtime, Product = product, Policy = policy });
            }

            _warehouses.Add(runtime);
        }

        foreach (var warehouse in _warehouses)
        {
            var spec = warehouse.Spec;
            warehouse.Group = GroupFor(spec.FulfilmentMode, spec.Market);
            warehouse.ReplenishmentRoute = RouteFor(spec.ReplenishmentMode, spec.Market, spec.ReplenishmentOrigin, warehouse);
        }
    }

    private void BuildReturns()
    {
        foreach (var policy in _scenario.Returns)
        {
            var market = _markets[policy.Market];
            WarehouseRuntime? warehouse = null;
            if (policy.Warehouse is not null)
            {
                warehouse = _warehouses.Find(w => w.Spec.Id == policy.Warehouse);
            }

            bool toWarehouse = policy.ShareToWarehouse > 0 && policy.WarehouseReverseMode is not null && warehouse is not null;
            var toWarehouseRoutes = new int[_groups.Count];
            var toOriginRoutes = new int[_groups.Count];
            for (int group = 0; group < _groups.Count; group++)
            {
                var (modeId, marketCode) = _groupKeys[group];
                bool inMarket = marketCode == market.Code;
                string returnsOf = "/returns-of/" + modeId;
                toWarehouseRoutes[group] = inMarket && toWarehouse ? RouteFor(policy.WarehouseReverseMode!, market.Code, warehouse!.Spec.Id, warehouse, returnsOf) : -1;
                toOriginRoutes[group] = inMarket && policy.OriginReverseMode is not null ? RouteFor(policy.OriginReverseMode, market.Code, "", null, returnsOf) : -1;
            }

            _returnRules[market.Index] = new ReturnRules
            {
                ShareToWarehouse = toWarehouse ? policy.ShareToWarehouse : 0,
                WarehouseRouteByGroup = toWarehouseRoutes,
                OriginRouteByGroup = toOriginRoutes,
                Warehouse = warehouse,
                Inspection = TickSampler.From(policy.InspectionTime),
                RestockProbability = policy.RestockProbability,
                HandlingCost = policy.HandlingCost,
            };
        }
    }

    private void BuildDemand()
    {
        var policies = new Dictionary<(string Market, string Product), FulfilmentPolicySpec>();
        foreach (var lane in _scenario.Fulfilment)
        {
            policies[(lane.Market, lane.ProductClass)] = lane.Policy;
        }

        var sources = new List<DemandSource>();
        foreach (var stream in _scenario.DemandStreams)
        {
            if (!policies.TryGetValue((stream.Market, stream.ProductClass), out var spec))
            {
                throw new InvalidOperationException($"No fulfilment policy for market {stream.Market}, product class {stream.ProductClass}.");
            }

            var market = _markets[stream.Market];
            int product = _productIndex[stream.ProductClass];
            var modes = new List<string>();
            var shares = new List<double>();
            switch (spec)
            {
                case FixedModePolicy fixedMode:
                    modes.Add(fixedMode.Mode);
                    break;
                case SplitSharesPolicy split:
                    foreach (var share in split.Shares)
                    {
                        modes.Add(share.Mode);
                        shares.Add(share.Share);
                    }

                    break;
                case RuleBasedPolicy rule:
                    modes.AddRange(rule.Modes);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown fulfilment policy {spec.GetType().Name}.");
            }

            bool ruleBased = spec is RuleBasedPolicy;
            var options = new List<FulfilmentOption>();
            var optionShares = new List<double>();
            var fallbacks = new List<int>();
            for (int i = 0; i < modes.Count; i++)
            {
                var option = OptionFor(modes[i], stream.Origin, market, product, ruleBased, out int fallback);
                if (option is FulfilmentOption chosen)
                {
                    options.Add(chosen);
                    fallbacks.Add(fallback);
                    if (shares.Count > 0)
                    {
                        optionShares.Add(shares[i]);
                    }
                }
            }

            if (options.Count == 0)
            {
                throw new InvalidOperationException($"No mode of the policy for {stream.Market}/{stream.ProductClass} is offered from {stream.Origin}.");
            }

            IFulfilmentPolicy policy = spec switch
            {
                FixedModePolicy => new FixedModeFulfilment(options[0]),
                SplitSharesPolicy => new SplitSharesFulfilment(options, optionShares),
                _ => new RuleBasedFulfilment(options),
            };
            int preferred = policy is RuleBasedFulfilment ruled ? ruled.FirstStockOption : -1;
            sources.Add(new DemandSource
            {
                OrdersPerDay = stream.OrdersPerDay,
                Weekly = [.. stream.WeeklyPattern],
                Peaks = PeaksOf(stream, market.Code),
                Product = product,
                Market = market,
                B2bShare = stream.B2bShare,
                B2bUnits = stream.B2bUnitsPerOrder,
                Policy = policy,
                FulfilmentRng = _streams.Stream("fulfilment/" + stream.Market + "/" + stream.ProductClass),
                FallbackRoutes = [.. fallbacks],
                PreferredStockOption = preferred,
            });
        }

        _sources = [.. sources];
        _rates = new double[_sources.Length];
    }

    private (long From, long To, double Multiplier)[] PeaksOf(Demand.DemandStreamSpec stream, string market)
    {
        var peaks = new List<(long, long, double)>();
        int start = _scenario.StartDate.DayNumber;
        foreach (var peak in stream.Peaks)
        {
            if (peak.Markets.Count == 0 || peak.Markets.Contains(market))
            {
                peaks.Add((peak.From.DayNumber - start, peak.To.DayNumber - start, peak.Multiplier));
            }
        }

        return [.. peaks];
    }

    private FulfilmentOption? OptionFor(string modeId, string origin, MarketRules market, int product, bool ruleBased, out int fallback)
    {
        fallback = -1;
        var mode = _modes[modeId];
        int route;
        int stockPoint = -1;
        if (mode.Kind.IsWarehouseMode())
        {
            var warehouse = _warehouses.Find(w => w.Spec.FulfilmentMode == modeId && w.Spec.Market == market.Code);
            if (warehouse is null)
            {
                if (ruleBased)
                {
                    return null;
                }

                throw new InvalidOperationException($"No warehouse serves market {market.Code} by mode {modeId}.");
            }

            stockPoint = warehouse.StockPointByProduct[product];
            if (stockPoint < 0 && ruleBased)
            {
                return null;
            }

            route = RouteFor(modeId, market.Code, warehouse.Spec.Id, warehouse);
            if (stockPoint >= 0)
            {
                var policy = _stockPoints[stockPoint].Policy;
                if (policy.OnStockOut == StockOutAction.FallbackToMode && policy.FallbackMode is not null)
                {
                    fallback = RouteFor(policy.FallbackMode, market.Code, origin, null);
                }
            }
        }
        else
        {
            if (ruleBased && !_lanes.ContainsKey((origin, market.Code, modeId)))
            {
                return null;
            }

            route = RouteFor(modeId, market.Code, origin, null);
        }

        var compiled = _routes[route];
        double perParcel = 0;
        double perKg = 0;
        double perM3 = 0;
        foreach (var leg in compiled.Legs)
        {
            perParcel += leg.Cost.PerParcel;
            perKg += leg.Cost.PerKg;
            perM3 += leg.Cost.PerM3;
        }

        return new FulfilmentOption(
            modeId,
            route,
            stockPoint,
            compiled.ExpectedHours,
            perParcel,
            perKg,
            perM3,
            mode.MaxWeightKg ?? double.PositiveInfinity,
            mode.MaxValue ?? double.PositiveInfinity);
    }

    private int GroupFor(string modeId, string marketCode)
    {
        if (!_groupIndex.TryGetValue((modeId, marketCode), out int index))
        {
            index = _groups.Count;
            _groups.Add(new ParcelGroupKpis(GroupKey.Of(GroupDimension.Mode, modeId).With(GroupDimension.Market, marketCode)));
            _returnStreams.Add(_streams.Stream("returns/" + modeId + "/" + marketCode));
            _groupKeys.Add((modeId, marketCode));
            _groupIndex.Add((modeId, marketCode), index);
        }

        return index;
    }

    // A route is compiled on first use. streamScope is appended to its legs' stream names, so that
    // the reverse route of each group of orders draws its own numbers.
    private int RouteFor(string modeId, string marketCode, string origin, WarehouseRuntime? warehouse, string streamScope = "")
    {
        var key = (modeId, marketCode, origin + streamScope);
        if (_routeIndex.TryGetValue(key, out int existing))
        {
            return existing;
        }

        var mode = _modes[modeId];
        var market = _markets[marketCode];
        bool bulk = mode.Kind.IsReplenishment();
        bool reverse = mode.Kind.IsReverse();
        int group = bulk || reverse ? -1 : GroupFor(modeId, marketCode);
        _lanes.TryGetValue((origin, marketCode, modeId), out var lane);
        var legs = new RouteLeg[mode.Legs.Count];
        for (int i = 0; i < legs.Length; i++)
        {
            legs[i] = CompileLeg(mode, mode.Legs[i], market, lane, warehouse, group, bulk, reverse, streamScope);
        }

        var route = new Route
        {
            Index = _routes.Count,
            Market = market,
            Legs = legs,
            Group = group,
        };
        _routes.Add(route);
        _routeIndex.Add(key, route.Index);
        return route.Index;
    }

    private RouteLeg CompileLeg(Mode mode, Leg leg, MarketRules market, LaneSpec? lane, WarehouseRuntime? warehouse, int group, bool bulk, bool reverse, string streamScope)
    {
        var timeSpec = leg.IsLinehaul && lane?.LinehaulTime is { } linehaul ? linehaul : leg.ProcessingTime;
        double distance = leg.IsLinehaul && lane?.DistanceKm is double km ? km : leg.DistanceKm;
        var cost = _rateCards.TryGetValue((mode.Id, leg.Id, market.Code), out var card) ? card : leg.Cost;
        var marketSpec = _marketSpecs[market.Code];
        string? nodeId = leg.Node ?? leg.Kind.DefaultNode(marketSpec, warehouse?.Spec.Id);
        var category = reverse ? CostCategory.Returns : leg.CostCategory;
        var time = TickSampler.From(timeSpec);
        double expectedHours = time.MeanHours;

        DepartureStation? departure = null;
        ServerPool? pool = null;
        DailyQuota? quota = null;
        if (leg.Timetable is { } timetable)
        {
            departure = LineFor(mode, leg, market, timetable, category, group, out double meanWait);
            expectedHours += meanWait;
        }
        else if (leg.Capacity?.Servers is int servers)
        {
            pool = PoolFor(GroupKey.Of(GroupDimension.Servers, mode.Id + "/" + leg.Id), servers);
        }
        else if (leg.Capacity?.DailyThroughput is double perDay)
        {
            quota = QuotaFor(GroupKey.Of(GroupDimension.Quota, mode.Id + "/" + leg.Id), perDay);
        }
        else if (!bulk && !leg.IsLinehaul && nodeId is not null && _nodes.TryGetValue(nodeId, out var node) && node.Servers is int nodeServers)
        {
            pool = PoolFor(GroupKey.Of(GroupDimension.Servers, nodeId), nodeServers);
        }

        CustomsStep? customs = null;
        if (leg.Kind.IsCustoms())
        {
            customs = CustomsFor(mode, leg, market, marketSpec, nodeId, bulk, warehouse, streamScope);
            expectedHours += customs.ExpectedHours;
        }

        return new RouteLeg
        {
            Time = time,
            TravelsAfterDeparture = leg.IsLinehaul,
            Transit = _streams.Stream("transit/" + mode.Id + "/" + leg.Id + streamScope),
            Loss = _streams.Stream("loss/" + mode.Id + "/" + leg.Id + streamScope),
            Pool = pool,
            Departure = departure,
            Quota = quota,
            Customs = customs,
            Cost = cost,
            Category = category,
            LossProbability = leg.LossProbability,
            DamageProbability = leg.DamageProbability,
            Scans = leg.Tracking.ProducesScan,
            VisibilityDelayTicks = (long)Math.Round(leg.Tracking.VisibilityDelayHours * SimDuration.TicksPerHour),
            Co2PerKg = leg.Emissions.KgCo2ePerTonneKm * distance / 1000.0,
            Co2PerParcel = leg.Emissions.KgCo2ePerParcel,
            ExpectedHours = expectedHours,
        };
    }

    private CustomsStep CustomsFor(Mode mode, Leg leg, MarketRules market, Market marketSpec, string? nodeId, bool bulk, WarehouseRuntime? warehouse, string streamScope)
    {
        bool import = leg.Kind.IsImportCustoms();
        string profileId = leg.CustomsProfile
            ?? (import ? marketSpec.ImportCustomsProfile : throw new InvalidOperationException($"Export customs leg {leg.Id} names no customs profile."));
        var profile = _profiles[profileId];
        var key = GroupKey.Of(GroupDimension.Customs, nodeId ?? profileId);
        if (!_customsKpis.TryGetValue(key, out var kpis))
        {
            kpis = new ResourceKpis(key, ResourceKind.CustomsPoint, double.NaN);
            _customsKpis.Add(key, kpis);
            _resources.Add(kpis);
        }

        return new CustomsStep
        {
            Rng = _streams.Stream("customs/" + mode.Id + "/" + leg.Id + streamScope),
            Profile = new CompiledCustomsProfile(profile),
            // Goods entering bond pay at sale, when each order clears, not at entry.
            ChargesDuties = import && !(bulk && warehouse?.Spec.Kind == WarehouseKind.Bonded),
            Clearance = leg.Clearance ?? (bulk ? ClearanceMode.Bulk : null),
            Market = market,
            Kpis = kpis,
        };
    }

    private ServerPool PoolFor(GroupKey key, int servers)
    {
        if (!_pools.TryGetValue(key, out var pool))
        {
            pool = new ServerPool(_simulator, servers, this);
            _pools.Add(key, pool);
            var kpis = new ResourceKpis(key, ResourceKind.Servers, servers);
            _poolKpis.Add((pool, kpis));
            _resources.Add(kpis);
        }

        return pool;
    }

    private DailyQuota QuotaFor(GroupKey key, double perDay)
    {
        if (!_quotas.TryGetValue(key, out var quota))
        {
            var kpis = new ResourceKpis(key, ResourceKind.DailyThroughput, perDay);
            quota = new DailyQuota(perDay, kpis);
            _quotas.Add(key, quota);
            _resources.Add(kpis);
        }

        return quota;
    }

    private DepartureStation LineFor(Mode mode, Leg leg, MarketRules market, TimetableSpec spec, CostCategory category, int group, out double meanWaitHours)
    {
        var (timetable, meanGapHours) = BuildTimetable(spec);
        meanWaitHours = spec.CutoffHours + (meanGapHours / 2);
        var key = GroupKey.Of(GroupDimension.Line, mode.Id + "/" + leg.Id + "/" + market.Code);
        if (_lines.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var kpis = new ResourceKpis(key, ResourceKind.DepartureLine, spec.CapacityParcels ?? spec.CapacityKg ?? double.NaN);
        var station = new DepartureStation(spec.CapacityParcels, spec.CapacityKg, leg.Cost.PerShipment, category, group, kpis);
        station.Line = new TimetabledDeparture(_simulator, timetable, station.Capacity, SimDuration.FromHours(spec.CutoffHours), this);
        _lines.Add(key, station);
        _lineList.Add(station);
        _resources.Add(kpis);
        return station;
    }

    private (Timetable Timetable, double MeanGapHours) BuildTimetable(TimetableSpec spec)
    {
        var hours = new List<double>();
        if (spec.EveryHours is double every)
        {
            if (spec.Weekdays.Count == 0)
            {
                return (Timetable.Every(SimDuration.FromHours(every), SimDuration.FromHours(spec.FirstDepartureHour % every)), every);
            }

            for (double h = spec.FirstDepartureHour; h < 24; h += every)
            {
                hours.Add(h);
            }
        }
        else
        {
            hours.AddRange(spec.DepartureHours);
        }

        if (spec.Weekdays.Count == 0)
        {
            return (new Timetable(SimDuration.FromHours(24), hours.Select(SimDuration.FromHours)), 24.0 / hours.Count);
        }

        var offsets = new List<SimDuration>();
        int startDay = (int)_scenario.StartDate.DayOfWeek;
        foreach (var weekday in spec.Weekdays)
        {
            int day = ((int)weekday - startDay + 7) % 7;
            foreach (double h in hours)
            {
                offsets.Add(SimDuration.FromHours((day * 24) + h));
            }
        }

        return (new Timetable(SimDuration.FromDays(7), offsets), 7 * 24.0 / offsets.Count);
    }
}
