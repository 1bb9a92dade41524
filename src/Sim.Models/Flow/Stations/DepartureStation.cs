using Sim.Engine.Events;
using Sim.Engine.Resources;
using Sim.Engine.Time;
using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;
using Sim.Models.Network;

namespace Sim.Models.Flow.Stations;

/// <summary>
/// A timetabled departure line of one (mode, leg, market) and the sharing of its per-departure cost
/// among the orders on each departure. Sizes: parcels, or kilograms when only a weight limit is set;
/// with both limits a parcel counts as max(1, kg × parcel limit / kg limit) parcels. Allocates
/// nothing per parcel once its queue has grown. Not thread-safe.
/// </summary>
internal sealed class DepartureStation
{
    private readonly double _kgFactor;
    private long _batchTicks = -1;
    private int _batchParcels;
    private int _batchMeasured;

    public DepartureStation(DepartureLineSpec spec, Simulator simulator, IDepartureListener listener)
    {
        Kpis = new ResourceKpis(spec.Key, ResourceKind.DepartureLine, spec.CapacityParcels ?? spec.CapacityKg ?? double.NaN);
        PerShipment = spec.PerShipment;
        Category = spec.Category;
        Group = spec.Group;
        if (spec.CapacityParcels is int parcels)
        {
            Capacity = parcels;
            _kgFactor = spec.CapacityKg is double kg ? parcels / kg : 0;
            CountsParcels = true;
        }
        else if (spec.CapacityKg is double kg)
        {
            Capacity = kg;
            _kgFactor = 1;
            CountsParcels = false;
        }
        else
        {
            Capacity = double.PositiveInfinity;
            CountsParcels = true;
        }

        Line = new TimetabledDeparture(simulator, spec.Timetable.Timetable, Capacity, new SimDuration(spec.Timetable.CutoffTicks), listener);
    }

    public TimetabledDeparture Line { get; }

    public ResourceKpis Kpis { get; }

    public double Capacity { get; }

    public bool IsCapacitated => double.IsFinite(Capacity);

    public bool CountsParcels { get; }

    public double PerShipment { get; }

    public CostCategory Category { get; }

    /// <summary>The KPI group the shared cost is booked to; -1 for none.</summary>
    public int Group { get; }

    /// <summary>Hands a parcel of <paramref name="weightKg"/> to the line now.</summary>
    public void Tender(int slot, double weightKg) => Line.Tender(slot, Size(weightKg));

    /// <summary>The size a parcel of <paramref name="weightKg"/> takes on a departure, at most the capacity.</summary>
    public double Size(double weightKg)
    {
        double size = CountsParcels ? Math.Max(1.0, weightKg * _kgFactor) : weightKg;
        return Math.Min(Math.Max(size, 1e-9), Capacity);
    }

    /// <summary>
    /// Counts an order leaving on the departure at <paramref name="ticks"/>; when a new departure
    /// starts, returns the share of the previous one's per-departure cost owed by measured orders.
    /// </summary>
    public double Board(long ticks, bool measured)
    {
        double owed = 0;
        if (ticks != _batchTicks)
        {
            owed = Close();
            _batchTicks = ticks;
        }

        _batchParcels++;
        if (measured)
        {
            _batchMeasured++;
        }

        return owed;
    }

    /// <summary>Books <paramref name="owed"/>, a share of the per-departure cost, to the station's group.</summary>
    public void BookShare(ParcelGroupKpis[] groups, double owed)
    {
        if (owed > 0 && Group >= 0)
        {
            groups[Group].AddCost(Category, owed);
        }
    }

    /// <summary>Closes the open departure; returns the per-departure cost owed by its measured orders.</summary>
    public double Close()
    {
        double owed = _batchParcels == 0 ? 0 : PerShipment * _batchMeasured / _batchParcels;
        _batchParcels = 0;
        _batchMeasured = 0;
        return owed;
    }

    /// <summary>Discards what was measured so far (the end of the warm-up).</summary>
    public void StartMeasuring() => Line.ResetStatistics();

    /// <summary>Writes what was measured into <see cref="Kpis"/>.</summary>
    public void Finish(double observedHours)
    {
        Line.FinishStatistics();
        Kpis.ObservedHours = observedHours;

        // Little's law: the mean number waiting is the total wait over the time observed (in
        // parcels, whatever unit the line's capacity is in).
        Kpis.QueueArea = Line.Waits.Sum;
        Kpis.WaitHours.Merge(Line.Waits);
        if (IsCapacitated)
        {
            Kpis.LoadFactor.Merge(Line.LoadFactor);
        }
    }
}
