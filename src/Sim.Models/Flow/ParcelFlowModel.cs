using Sim.Engine.Events;
using Sim.Engine.Randomness;
using Sim.Engine.Resources;
using Sim.Engine.Time;
using Sim.Models.Customs;
using Sim.Models.Fulfilment;
using Sim.Models.Kpis;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Flow;

/// <summary>
/// One replication of a <see cref="Scenario"/>'s parcel flow on the event kernel: orders arrive per
/// demand stream, a fulfilment policy picks a mode, the parcel travels the mode's legs (queues,
/// daily quotas, timetabled departures, customs, loss and damage, tracking scans) and ends delivered,
/// returned, lost or seized; warehouses hold stock and are replenished by bulk first legs.
/// </summary>
/// <remarks>
/// <para>
/// Data-driven: parcels are rows of a <see cref="ParcelTable"/> (memory follows parcels in flight),
/// a route is an array of compiled legs, and stations (server pools, departure lines) handle many
/// parcels each. A leg with no shared resource is a pure delay: consecutive such legs are folded into
/// one step with their times sampled directly, so a parcel costs an event only where it meets a queue,
/// a departure, a stock point or the end of a replenishment.
/// </para>
/// <para>
/// A leg: a parcel queues for the leg's servers (its own capacity, else its node's, but never on a
/// line-haul leg, whose capacity is its timetable, nor for a replenishment shipment) and is processed;
/// or it books a day under a daily quota and is processed; or, on a timetabled line-haul leg, it waits
/// for the first departure it can make (cut-off, capacity in parcels or kg) and then travels for the
/// processing time (on another timetabled leg it is processed first, then waits for a departure). Customs delays (declaration, inspection, hold, document error) follow as pure
/// delays, then duties and taxes of the regime in force on the clearance date, seizure, leg cost,
/// emissions, the tracking scan, loss and damage. A per-departure cost is shared by the orders on the
/// departure; a replenishment shipment pays per unit, per kg and m³ of its total, once per shipment
/// and per started container.
/// </para>
/// <para>
/// Tracking: the customer sees the order at once; a leg's scan shows its visibility delay after the
/// leg ends. Coverage is the share of the journey during which the latest step is visible; the
/// information gap is the longest time between two visible scans (or the last one and delivery).
/// </para>
/// <para>
/// Random streams are named per purpose and place, so that changing one part of a scenario leaves
/// the others' numbers alone (common random numbers): <c>demand</c> (arrivals, B2B),
/// <c>fulfilment/MARKET/PRODUCT</c> (split draws), <c>transit/MODE/LEG</c> (leg times),
/// <c>loss/MODE/LEG</c> (loss and damage), <c>customs/MODE/LEG</c> and <c>returns/MODE/MARKET</c>
/// (by the mode that delivered the order); a reverse leg's streams are also per delivering mode
/// (<c>transit/REVERSE/LEG/returns-of/MODE</c>).
/// </para>
/// <para>One instance runs once, on one thread.</para>
/// </remarks>
public sealed partial class ParcelFlowModel : IEventProcessor, IServerPoolListener, IDepartureListener, IStockAvailability
{
    private const int KindOrder = 0;
    private const int KindArrive = 1;
    private const int KindRestock = 2;
    private const int KindReview = 3;
    private const int KindWarmUpEnd = 4;
    private const int KindHorizon = 5;
    private const double DrainGuardDays = 3650;

    private readonly Scenario _scenario;
    private readonly int _replication;
    private readonly Simulator _simulator;
    private readonly EventProcessorId _id;
    private readonly ReplicationStreams _streams;
    private readonly RandomStream _demandRng;
    private readonly ParcelTable _parcels = new();
    private readonly List<Route> _routes = [];
    private readonly Dictionary<(string Mode, string Market, string Origin), int> _routeIndex = [];
    private readonly Dictionary<string, MarketRules> _markets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Market> _marketSpecs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Mode> _modes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CustomsProfile> _profiles = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Origin, string Market, string Mode), LaneSpec> _lanes = [];
    private readonly Dictionary<(string Mode, string Leg, string Market), LegCost> _rateCards = [];
    private readonly Dictionary<string, int> _productIndex = new(StringComparer.Ordinal);
    private readonly ProductFacts[] _products;
    private readonly List<ParcelGroupKpis> _groups = [];
    private readonly List<RandomStream> _returnStreams = [];
    private readonly List<(string Mode, string Market)> _groupKeys = [];
    private readonly Dictionary<(string Mode, string Market), int> _groupIndex = [];
    private readonly List<ResourceKpis> _resources = [];
    private readonly Dictionary<GroupKey, ServerPool> _pools = [];
    private readonly List<(ServerPool Pool, ResourceKpis Kpis)> _poolKpis = [];
    private readonly Dictionary<GroupKey, DailyQuota> _quotas = [];
    private readonly Dictionary<GroupKey, DepartureStation> _lines = [];
    private readonly List<DepartureStation> _lineList = [];
    private readonly Dictionary<GroupKey, ResourceKpis> _customsKpis = [];
    private readonly List<WarehouseRuntime> _warehouses = [];
    private readonly List<StockPointRuntime> _stockPoints = [];
    private readonly ReturnRules?[] _returnRules;
    private readonly List<int> _released = [];
    private readonly List<int> _releasing = [];
    private readonly long _horizonTicks;
    private readonly long _warmUpTicks;
    private DemandSource[] _sources = [];
    private double[] _rates = [];
    private double _totalRate;
    private long _rateDay = -1;
    private bool _arrivalsEnded;
    private bool _ran;

    /// <summary>Compiles <paramref name="scenario"/> for one replication.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="streams">The replication's random streams.</param>
    /// <param name="eventList">The future-event list; a <see cref="DaryHeapEventList"/> when null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The scenario refers to something it does not define (a loader-validated scenario never does).</exception>
    public ParcelFlowModel(Scenario scenario, ReplicationStreams streams, IEventList? eventList = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(streams);
        _scenario = scenario;
        _replication = streams.Replication;
        _simulator = new Simulator(eventList);
        _id = _simulator.Register(this);
        _streams = streams;
        _demandRng = streams.Stream("demand");
        _horizonTicks = (long)Math.Round(scenario.HorizonDays * SimDuration.TicksPerDay);
        _warmUpTicks = (long)Math.Round(scenario.WarmUpDays * SimDuration.TicksPerDay);

        foreach (var market in scenario.Markets)
        {
            _markets.Add(market.Code, new MarketRules(_markets.Count, market.Code, new DutyRegimeSchedule(market.DutyRegimes, scenario.StartDate)));
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

        foreach (var profile in scenario.CustomsProfiles)
        {
            _profiles.Add(profile.Id, profile);
        }

        foreach (var lane in scenario.Lanes)
        {
            _lanes[(lane.Origin, lane.Market, lane.Mode)] = lane;
        }

        foreach (var card in scenario.RateCards)
        {
            _rateCards[(card.Mode, card.Leg, card.Market)] = card.Cost;
        }

        _products = new ProductFacts[scenario.ProductClasses.Count];
        for (int i = 0; i < _products.Length; i++)
        {
            var product = scenario.ProductClasses[i];
            _productIndex.Add(product.Id, i);
            _products[i] = new ProductFacts(product.Value, product.WeightKg, product.VolumeM3, product.ReturnRate, (long)Math.Round(product.PromiseDays * SimDuration.TicksPerDay));
        }

        _returnRules = new ReturnRules?[_markets.Count];
        BuildWarehouses();
        BuildDemand();
        BuildReturns();
    }

    /// <summary>Runs the replication: orders arrive until the horizon, then the run drains every parcel in flight.</summary>
    /// <returns>What the replication measured.</returns>
    /// <exception cref="InvalidOperationException">The model already ran.</exception>
    public ReplicationKpis Run()
    {
        if (_ran)
        {
            throw new InvalidOperationException("A model instance runs once; create a new one per replication.");
        }

        _ran = true;
        if (_warmUpTicks > 0)
        {
            _simulator.Schedule(new SimTime(_warmUpTicks), _id, KindWarmUpEnd);
        }

        _simulator.Schedule(new SimTime(_horizonTicks), _id, KindHorizon);
        for (int i = 0; i < _stockPoints.Count; i++)
        {
            if (!_stockPoints[i].Stock.Rule.ContinuousReview)
            {
                _simulator.Schedule(SimTime.Zero, _id, KindReview, i);
            }
        }

        ScheduleNextOrder(0);
        _simulator.RunUntil(new SimTime(_horizonTicks) + SimDuration.FromDays(DrainGuardDays));
        return Results();
    }

    /// <inheritdoc/>
    void IEventProcessor.Handle(Simulator simulator, int kind, long data)
    {
        switch (kind)
        {
            case KindOrder:
                CreateOrder((int)data);
                ScheduleNextOrder(simulator.Now.Ticks);
                break;
            case KindArrive:
                Advance((int)data, simulator.Now.Ticks);
                break;
            case KindRestock:
                Receive((int)data, 1, fromReplenishment: false);
                break;
            case KindReview:
                Review((int)data);
                break;
            case KindWarmUpEnd:
                StartMeasuring();
                break;
            default:
                _arrivalsEnded = true;
                StopWhenDrained();
                break;
        }
    }

    /// <inheritdoc/>
    void IServerPoolListener.ServiceCompleted(ServerPool pool, long customer)
    {
        int slot = (int)customer;
        var leg = _routes[_parcels[slot].Route].Legs[_parcels[slot].Leg];
        long end = CompleteLeg(slot, leg, _simulator.Now.Ticks);
        if (end >= 0)
        {
            _parcels[slot].Leg++;
            Advance(slot, end);
        }
    }

    /// <inheritdoc/>
    void IDepartureListener.Departed(TimetabledDeparture line, long item, SimTime departure)
    {
        int slot = (int)item;
        ref var row = ref _parcels[slot];
        var leg = _routes[row.Route].Legs[row.Leg];
        var station = leg.Departure!;
        if ((row.Flags & ParcelFlags.Shipment) == 0)
        {
            BookShipmentShare(station, station.Board(departure.Ticks, row.Measured));
        }

        row.DepartureTicks = departure.Ticks;
        row.Flags &= ~ParcelFlags.ReadyToTender;
        long end = CompleteLeg(slot, leg, departure.Ticks + (leg.TravelsAfterDeparture ? leg.Time.Sample(leg.Transit) : 0));
        if (end >= 0)
        {
            _parcels[slot].Leg++;
            Advance(slot, end);
        }
    }

    /// <inheritdoc/>
    bool IStockAvailability.HasStock(int stockPoint, int units)
    {
        var stock = _stockPoints[stockPoint].Stock;
        return stock.BackorderCount == 0 && stock.OnHand >= units;
    }

    private void BookShipmentShare(DepartureStation station, double owed)
    {
        if (owed > 0 && station.Group >= 0)
        {
            _groups[station.Group].AddCost(station.Category, owed);
        }
    }

    /// <summary>
    /// Moves a parcel on from its current leg, ready at <paramref name="ticks"/> (now or later): pure-delay
    /// legs are done at once; at a leg with a queue or a departure line it waits for an arrival event.
    /// </summary>
    private void Advance(int slot, long ticks)
    {
        long now = _simulator.Now.Ticks;
        var legs = _routes[_parcels[slot].Route].Legs;
        while (true)
        {
            int legIndex = _parcels[slot].Leg;
            if (legIndex == legs.Length)
            {
                Finish(slot, ticks);
                return;
            }

            var leg = legs[legIndex];
            if (leg.NeedsArrivalEvent)
            {
                if (leg.Departure is not null && !leg.TravelsAfterDeparture && (_parcels[slot].Flags & ParcelFlags.ReadyToTender) == 0)
                {
                    ticks += leg.Time.Sample(leg.Transit);
                    _parcels[slot].Flags |= ParcelFlags.ReadyToTender;
                }

                if (ticks > now)
                {
                    _simulator.Schedule(new SimTime(ticks), _id, KindArrive, slot);
                    return;
                }

                if (leg.Departure is { } departure)
                {
                    departure.Line.Tender(slot, departure.Size(WeightOf(slot)));
                }
                else
                {
                    leg.Pool!.Arrive(slot, new SimDuration(leg.Time.Sample(leg.Transit)));
                }

                return;
            }

            long start = leg.Quota is null ? ticks : leg.Quota.Book(ticks, _parcels[slot].Measured && ticks >= _warmUpTicks);
            ticks = CompleteLeg(slot, leg, start + leg.Time.Sample(leg.Transit));
            if (ticks < 0)
            {
                return;
            }

            _parcels[slot].Leg++;
        }
    }

    private double WeightOf(int slot)
    {
        ref var row = ref _parcels[slot];
        return row.Units * _products[row.Product].WeightKg;
    }

    /// <summary>
    /// The end of a leg's processing at <paramref name="end"/>: customs, cost, emissions, tracking, loss
    /// and damage. Returns when the parcel leaves the leg, or -1 when it was lost or seized (and freed).
    /// </summary>
    private long CompleteLeg(int slot, RouteLeg leg, long end)
    {
        ref var row = ref _parcels[slot];
        var product = _products[row.Product];
        bool shipment = (row.Flags & ParcelFlags.Shipment) != 0;
        bool isReturn = (row.Flags & ParcelFlags.Return) != 0;
        double units = row.Units;
        double weight = units * product.WeightKg;
        double volume = units * product.VolumeM3;
        var group = row.Measured && row.Group >= 0 ? _groups[row.Group] : null;

        if (leg.Customs is { } customs)
        {
            long start = end;
            bool inspected;
            bool seized;
            if (!shipment && row.DepartureTicks >= 0 && BulkClearance(customs, end))
            {
                // A consolidated shipment clears as one: its parcels share the draws of the first.
                if (customs.BulkBatch != row.DepartureTicks)
                {
                    customs.BulkBatch = row.DepartureTicks;
                    customs.BulkDelayTicks = CustomsDelay(customs, out inspected, out seized);
                    customs.BulkInspected = inspected;
                    customs.BulkSeized = seized;
                }

                end += customs.BulkDelayTicks;
                inspected = customs.BulkInspected;
                seized = customs.BulkSeized;
            }
            else
            {
                end += CustomsDelay(customs, out inspected, out seized);
            }

            if (group is not null)
            {
                double hours = (double)(end - start) / SimDuration.TicksPerHour;
                customs.Kpis.WaitHours.Add(hours);
                customs.Kpis.QueueArea += hours;
                if (inspected)
                {
                    customs.Kpis.Inspected++;
                }
            }

            if (customs.ChargesDuties && !isReturn && group is not null)
            {
                BookDuties(group, customs, units * product.Value, end);
            }

            if (seized)
            {
                Terminate(slot, seized: true);
                return -1;
            }
        }

        if (group is not null)
        {
            // A replenishment shipment pays per unit, per kg and m3 of its total, and once per shipment.
            var cost = leg.Cost;
            double amount = (cost.PerParcel * (shipment ? units : 1)) + (cost.PerKg * weight) + (cost.PerM3 * volume);
            if (shipment)
            {
                amount += cost.PerShipment;
                if (cost.PerContainer > 0)
                {
                    amount += cost.PerContainer * Math.Ceiling(volume / cost.ContainerCapacityM3);
                }
            }

            group.AddCost(isReturn ? CostCategory.Returns : leg.Category, amount);
            group.Co2eKg += (leg.Co2PerKg * weight) + leg.Co2PerParcel;
        }

        if (!shipment && !isReturn)
        {
            if (end > row.CoverFromTicks)
            {
                row.CoveredTicks += end - row.CoverFromTicks;
            }

            if (leg.Scans)
            {
                long visible = end + leg.VisibilityDelayTicks;
                long gap = visible - row.LastVisibleTicks;
                if (gap > row.MaxGapTicks)
                {
                    row.MaxGapTicks = gap;
                }

                if (visible > row.LastVisibleTicks)
                {
                    row.LastVisibleTicks = visible;
                }

                row.CoverFromTicks = visible;
            }
            else
            {
                row.CoverFromTicks = long.MaxValue;
            }
        }

        if (leg.LossProbability > 0 && leg.Loss.NextUnit() < leg.LossProbability)
        {
            Terminate(slot, seized: false);
            return -1;
        }

        if (leg.DamageProbability > 0 && leg.Loss.NextUnit() < leg.DamageProbability)
        {
            row.Flags |= ParcelFlags.Damaged;
        }

        return end;
    }

    /// <summary>Draws a clearance: declaration plus whatever goes wrong, in ticks.</summary>
    private static long CustomsDelay(CustomsStep customs, out bool inspected, out bool seized)
    {
        var draw = ClearanceDraw.Draw(customs.Profile, customs.Rng);
        inspected = draw.Inspected;
        seized = draw.Seized;
        return draw.DelayTicks;
    }

    private static bool BulkClearance(CustomsStep customs, long ticks) =>
        (customs.Market is { } market ? DutyCalculator.ClearanceUnder(market.Regimes.RegimeAtTicks(ticks), customs.Clearance) : customs.Clearance ?? ClearanceMode.PerParcel) == ClearanceMode.Bulk;

    private static void BookDuties(ParcelGroupKpis group, CustomsStep customs, double value, long clearedTicks)
    {
        var regime = customs.Market!.Regimes.RegimeAtTicks(clearedTicks);
        group.DutiesAndTaxes += DutyCalculator.Assess(regime, value, DutyCalculator.ClearanceUnder(regime, customs.Clearance)).Total;
    }

    /// <summary>A parcel lost (or seized) on a leg: its terminal state, then its row is freed.</summary>
    private void Terminate(int slot, bool seized)
    {
        ref var row = ref _parcels[slot];
        var group = row.Measured && row.Group >= 0 ? _groups[row.Group] : null;
        if ((row.Flags & ParcelFlags.Shipment) != 0)
        {
            _stockPoints[row.StockPoint].Stock.Cancelled(row.Units);
            int stockPoint = row.StockPoint;
            Free(slot);
            CheckReorder(stockPoint);
            return;
        }

        if ((row.Flags & ParcelFlags.Return) != 0)
        {
            if (group is not null)
            {
                group.ReturnsLost++;
            }
        }
        else if (group is not null)
        {
            if (seized)
            {
                group.Seized++;
            }
            else
            {
                group.Lost++;
            }
        }

        Free(slot);
    }

    /// <summary>A parcel at the end of its route at <paramref name="ticks"/>.</summary>
    private void Finish(int slot, long ticks)
    {
        ref var row = ref _parcels[slot];
        if ((row.Flags & ParcelFlags.Shipment) != 0)
        {
            if (ticks > _simulator.Now.Ticks)
            {
                // Stock changes must happen in time order: wait for the arrival.
                _simulator.Schedule(new SimTime(ticks), _id, KindArrive, slot);
                return;
            }

            int stockPoint = row.StockPoint;
            int units = row.Units;
            Free(slot);
            Receive(stockPoint, units, fromReplenishment: true);
            return;
        }

        var group = row.Measured && row.Group >= 0 ? _groups[row.Group] : null;
        if ((row.Flags & ParcelFlags.Return) != 0)
        {
            FinishReturn(slot, ticks, group);
            return;
        }

        var product = _products[row.Product];
        if (group is not null)
        {
            long journey = ticks - row.OrderTicks;
            group.DeliveryDays.Add((double)journey / SimDuration.TicksPerDay);
            if (journey <= product.PromiseTicks)
            {
                group.OnTime++;
            }

            if ((row.Flags & ParcelFlags.Damaged) != 0)
            {
                group.Damaged++;
            }

            long finalGap = ticks - row.LastVisibleTicks;
            long maxGap = Math.Max(row.MaxGapTicks, finalGap);
            group.InformationGapDays.Add((double)maxGap / SimDuration.TicksPerDay);
            group.TrackingCoverageSum += journey > 0 ? Math.Min(1.0, (double)row.CoveredTicks / journey) : 1.0;
        }

        var rules = _returnRules[_routes[row.Route].Market.Index];
        var returnsRng = _returnStreams[row.Group];
        bool returned = (row.Flags & ParcelFlags.B2b) == 0 && rules is not null && product.ReturnRate > 0 && returnsRng.NextUnit() < product.ReturnRate;
        if (!returned)
        {
            if (group is not null)
            {
                group.Delivered++;
            }

            Free(slot);
            return;
        }

        if (group is not null)
        {
            group.Returned++;
            group.ReturnsCost += rules!.HandlingCost;
        }

        bool toWarehouse = rules!.ShareToWarehouse > 0 && returnsRng.NextUnit() < rules.ShareToWarehouse;
        int route = toWarehouse ? rules.WarehouseRouteByGroup[row.Group] : rules.OriginRouteByGroup[row.Group];
        if (route < 0)
        {
            Free(slot);
            return;
        }

        row.Route = route;
        row.Leg = 0;
        row.FlowStartTicks = ticks;
        row.Flags |= ParcelFlags.Return | (toWarehouse ? ParcelFlags.ToWarehouse : ParcelFlags.None);
        row.StockPoint = toWarehouse ? rules.Warehouse!.StockPointByProduct[row.Product] : -1;
        Advance(slot, ticks);
    }

    private void FinishReturn(int slot, long ticks, ParcelGroupKpis? group)
    {
        ref var row = ref _parcels[slot];
        long end = ticks;
        if ((row.Flags & ParcelFlags.ToWarehouse) != 0)
        {
            var rules = _returnRules[_routes[row.Route].Market.Index]!;
            var returnsRng = _returnStreams[row.Group];
            end += rules.Inspection.Sample(returnsRng);
            bool restock = returnsRng.NextUnit() < rules.RestockProbability;
            if (restock && row.StockPoint >= 0)
            {
                _simulator.Schedule(new SimTime(end), _id, KindRestock, row.StockPoint);
            }
        }

        group?.ReturnCycleDays.Add((double)(end - row.FlowStartTicks) / SimDuration.TicksPerDay);
        Free(slot);
    }

    private void Free(int slot)
    {
        _parcels.Free(slot);
        StopWhenDrained();
    }

    private void StopWhenDrained()
    {
        if (_arrivalsEnded && _parcels.InUse == 0)
        {
            _simulator.Stop();
        }
    }
}
