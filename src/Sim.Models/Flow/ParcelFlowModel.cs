using Sim.Engine.Events;
using Sim.Engine.Randomness;
using Sim.Engine.Resources;
using Sim.Engine.Time;
using Sim.Models.Flow.Compilation;
using Sim.Models.Flow.Effects;
using Sim.Models.Flow.Stations;
using Sim.Models.Kpis;
using Sim.Models.Scenarios;

namespace Sim.Models.Flow;

/// <summary>
/// One replication of a compiled scenario's parcel flow on the event kernel: the run loop, and the
/// dispatch of a parcel to the station of its current leg and through the effects at the leg's end.
/// Orders come from <see cref="OrderSource"/>, stock from <see cref="Replenishment"/> (its shipments
/// travel together by <see cref="ShipmentConsolidation"/>), the ends of legs and routes are
/// <see cref="LegEnd"/> and <see cref="RouteEnd"/>, and the KPIs come from <see cref="ResultBuilder"/>.
/// </summary>
/// <remarks>
/// <para>
/// Parcels are rows of a <see cref="ParcelTable"/> (memory follows parcels in flight); a route is an
/// array of compiled legs, each tagged with its station kind. A delay leg costs no event, so a parcel
/// costs an event only where it meets a queue, a departure, a stock point or the end of a replenishment.
/// Random streams are per purpose and place (common random numbers): <c>demand</c>,
/// <c>fulfilment/MARKET/PRODUCT</c>, <c>transit|loss|damage|customs/MODE/LEG</c> (a reverse leg's also
/// <c>/returns-of/MODE</c>) and <c>returns/MODE/MARKET</c>. One instance runs once, on one thread.
/// </para>
/// </remarks>
public sealed class ParcelFlowModel : IEventProcessor, IServerPoolListener, IDepartureListener
{
    internal const int KindOrder = 0;
    internal const int KindArrive = 1;
    internal const int KindRestock = 2;
    internal const int KindReview = 3;
    internal const int KindAgeing = 6;
    private const int KindWarmUpEnd = 4;
    private const int KindHorizon = 5;
    private const int KindPeriod = 7;
    private const double DrainLimitDays = 365;

    private readonly CompiledNetwork _network;
    private readonly int _replication;
    private readonly Simulator _simulator;
    private readonly EventProcessorId _id;
    private readonly LegRuntime[][] _routes;
    private readonly StationSet _stations;
    private readonly OrderSource _orders;
    private readonly Replenishment _stock;
    private readonly LegEnd _legEnd;
    private readonly RouteEnd _routeEnd;
    private bool _arrivalsEnded;
    private bool _ran;

    /// <summary>Compiles <paramref name="scenario"/> (with <paramref name="overrides"/>) for one replication.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="streams">The replication's random streams.</param>
    /// <param name="eventList">The future-event list; a <see cref="DaryHeapEventList"/> when null.</param>
    /// <param name="overrides">Fulfilment and stock policies replacing the scenario's; null for none.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An override names something the scenario does not have.</exception>
    /// <exception cref="InvalidOperationException">The scenario refers to something it does not define (a loader-validated scenario never does).</exception>
    public ParcelFlowModel(Scenario scenario, ReplicationStreams streams, IEventList? eventList = null, FlowOverrides? overrides = null)
        : this(RouteCompiler.Compile(scenario ?? throw new ArgumentNullException(nameof(scenario)), overrides), streams, eventList)
    {
    }

    /// <summary>Attaches one replication's stations and random streams to a compiled network.</summary>
    /// <param name="network">The compiled scenario (shared by replications).</param>
    /// <param name="streams">The replication's random streams.</param>
    /// <param name="eventList">The future-event list; a <see cref="DaryHeapEventList"/> when null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public ParcelFlowModel(CompiledNetwork network, ReplicationStreams streams, IEventList? eventList = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(streams);
        _network = network;
        _replication = streams.Replication;
        _simulator = new Simulator(eventList);
        _id = _simulator.Register(this);
        HorizonTicks = (long)Math.Round(network.Scenario.HorizonDays * SimDuration.TicksPerDay);
        WarmUpTicks = (long)Math.Round(network.Scenario.WarmUpDays * SimDuration.TicksPerDay);
        EndTicks = HorizonTicks + SimDuration.FromDays(DrainLimitDays).Ticks;
        Layout = new GroupLayout(network);
        Groups = Layout.Create();
        _stations = new StationSet(network, _simulator, this, this, new ObservationWindow(WarmUpTicks, HorizonTicks));
        _routes = [.. network.Routes.Select(route => LegRuntime.Attach(route, streams, _stations))];
        Consolidation = new ShipmentConsolidation(this, network, _simulator);
        _stock = new Replenishment(this, network);
        _legEnd = new LegEnd(this, network, _stock);
        _orders = new OrderSource(this, network, _stock, streams);
        _routeEnd = new RouteEnd(this, network, _stock, new ReturnHandler(this, network, streams));
    }

    internal ParcelTable Parcels { get; } = new();

    internal ShipmentConsolidation Consolidation { get; }

    /// <summary>The sample of orders whose milestones are traced; null (the default) for none.</summary>
    internal ParcelTrace? Trace { get; init; }

    /// <summary>The order records per group and period, then the warehouses' cost sinks (<see cref="Layout"/>).</summary>
    internal ParcelGroupKpis[] Groups { get; }

    internal GroupLayout Layout { get; }

    /// <summary>The report period the clock is in.</summary>
    internal int CurrentPeriod { get; private set; }

    internal long HorizonTicks { get; }

    internal long WarmUpTicks { get; }

    /// <summary>When the run ends at the latest: the drain limit after the horizon.</summary>
    internal long EndTicks { get; }

    internal long NowTicks => _simulator.Now.Ticks;

    /// <summary>
    /// Runs the replication: orders arrive until the horizon; the run then drains until every parcel is
    /// in a terminal state or a year has passed, and counts the orders still in flight.
    /// </summary>
    /// <returns>What the replication measured.</returns>
    /// <exception cref="InvalidOperationException">The model already ran.</exception>
    public ReplicationKpis Run()
    {
        if (_ran)
        {
            throw new InvalidOperationException("A model instance runs once; create a new one per replication.");
        }

        _ran = true;
        if (WarmUpTicks > 0)
        {
            Schedule(WarmUpTicks, KindWarmUpEnd, 0);
        }

        Schedule(HorizonTicks, KindHorizon, 0);
        for (int p = 1; p < _network.Periods.Length; p++)
        {
            Schedule(_network.Periods[p].FromTicks, KindPeriod, p);
        }

        _stock.ScheduleReviews();
        _orders.ScheduleNext(0);
        _simulator.RunUntil(new SimTime(EndTicks));
        var run = new ResultBuilder.RunFigures(_replication, Parcels.Allocated, Parcels.PeakInUse, _simulator.EventsHandled, _simulator.Now.TotalDays);
        return ResultBuilder.Build(_network, _stations, _stock, Groups, Layout, Parcels, run, Trace);
    }

    /// <inheritdoc/>
    void IEventProcessor.Handle(Simulator simulator, int kind, long data)
    {
        switch (kind)
        {
            case KindOrder:
                _orders.Create((int)data);
                _orders.ScheduleNext(simulator.Now.Ticks);
                break;
            case KindArrive:
                Advance((int)data, simulator.Now.Ticks);
                break;
            case KindRestock:
                _stock.Restock((int)data);
                break;
            case KindReview:
                _stock.Review((int)data);
                break;
            case KindAgeing:
                _stock.Age((int)data);
                break;
            case KindPeriod:
                CurrentPeriod = (int)data;
                _stock.StartPeriod(CurrentPeriod);
                break;
            case KindWarmUpEnd:
                _stations.StartMeasuring();
                _stock.StartMeasuring();
                break;
            default:
                _stations.EndObservation();
                _arrivalsEnded = true;
                StopWhenDrained();
                break;
        }
    }

    /// <inheritdoc/>
    void IServerPoolListener.ServiceCompleted(ServerPool pool, long customer) => LeaveLeg((int)customer, NowTicks);

    /// <inheritdoc/>
    void IDepartureListener.Departed(TimetabledDeparture line, long item, SimTime departure)
    {
        int slot = (int)item;
        ref var row = ref Parcels[slot];
        var leg = _routes[row.Route][row.Leg];
        var station = _stations.Lines[leg.Spec.StationIndex];
        if ((row.Flags & ParcelFlags.Shipment) == 0)
        {
            station.Board(departure.Ticks, row.Measured ? Layout.PeriodOf(row.Group) : -1, Groups);
        }

        row.DepartureTicks = departure.Ticks;
        row.Flags &= ~ParcelFlags.ReadyToTender;
        Consolidation.Departed(slot, departure.Ticks + (leg.Spec.TravelsAfterDeparture ? leg.Spec.Sampler.Sample(leg.Transit) : 0));
    }

    internal void Schedule(long ticks, int kind, long data) => _simulator.Schedule(new SimTime(ticks), _id, kind, data);

    /// <summary>
    /// Moves a parcel on from its current leg, ready at <paramref name="ticks"/> (now or later): delay
    /// and quota legs are done at once; at a leg with servers or departures it waits for an arrival event.
    /// </summary>
    internal void Advance(int slot, long ticks)
    {
        long now = NowTicks;
        var legs = _routes[Parcels[slot].Route];
        while (true)
        {
            int legIndex = Parcels[slot].Leg;
            if (legIndex == legs.Length)
            {
                _routeEnd.Reached(slot, ticks);
                return;
            }

            var leg = legs[legIndex];
            var spec = leg.Spec;
            switch (spec.Station)
            {
                case StationKind.Delay:
                    ticks = DelayStation.Pass(ticks, spec, leg.Transit);
                    break;
                case StationKind.DailyQuota:
                    ticks = _stations.Quotas[spec.StationIndex].Book(ticks) + spec.Sampler.Sample(leg.Transit);
                    break;
                case StationKind.ServerPool:
                    if (ticks > now)
                    {
                        Schedule(ticks, KindArrive, slot);
                        return;
                    }

                    _stations.Pools[spec.StationIndex].Arrive(slot, spec.Sampler.Sample(leg.Transit));
                    return;
                default:
                    if (!spec.TravelsAfterDeparture && (Parcels[slot].Flags & ParcelFlags.ReadyToTender) == 0)
                    {
                        ticks += spec.Sampler.Sample(leg.Transit);
                        Parcels[slot].Flags |= ParcelFlags.ReadyToTender;
                    }

                    if (ticks > now)
                    {
                        Schedule(ticks, KindArrive, slot);
                        return;
                    }

                    _stations.Lines[spec.StationIndex].Tender(slot, Parcels[slot].Units * _network.Products[Parcels[slot].Product].WeightKg);
                    return;
            }

            ticks = _legEnd.Complete(slot, leg, ticks);
            if (ticks < 0)
            {
                return;
            }

            Parcels[slot].Leg++;
        }
    }

    internal void Free(int slot)
    {
        Parcels.Free(slot);
        StopWhenDrained();
    }

    internal void LeaveLeg(int slot, long end)
    {
        var leg = _routes[Parcels[slot].Route][Parcels[slot].Leg];
        end = _legEnd.Complete(slot, leg, end);
        if (end >= 0)
        {
            Parcels[slot].Leg++;
            Advance(slot, end);
        }
    }

    private void StopWhenDrained()
    {
        if (_arrivalsEnded && Parcels.InUse == 0)
        {
            _simulator.Stop();
        }
    }
}
