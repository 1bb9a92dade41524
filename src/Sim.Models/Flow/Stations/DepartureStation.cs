using Sim.Engine.Events;
using Sim.Engine.Resources;
using Sim.Engine.Time;
using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;
using Sim.Models.Network;

namespace Sim.Models.Flow.Stations;

/// <summary>
/// A timetabled departure line of one (mode, leg, market) and the sharing of its per-departure cost
/// among the orders on each departure (to the line's group in the report period each order was placed in). Sizes: parcels, or kilograms when only a weight limit is set;
/// with both limits a parcel counts as max(1, kg × parcel limit / kg limit) parcels. Allocates
/// nothing per parcel once its queue has grown. Not thread-safe.
/// </summary>
internal sealed class DepartureStation
{
    private readonly double _kgFactor;
    private readonly int _periods;
    private readonly int[] _batchMeasured;
    private long _batchTicks = -1;
    private int _batchParcels;

    public DepartureStation(DepartureLineSpec spec, Simulator simulator, IDepartureListener listener, int periods = 1)
    {
        _periods = periods;
        _batchMeasured = new int[periods];
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
    /// Counts an order leaving on the departure at <paramref name="ticks"/>, measured and placed in report
    /// period <paramref name="period"/> (-1 when not measured); when a new departure starts, the previous
    /// one is closed (<see cref="Close"/>).
    /// </summary>
    public void Board(long ticks, int period, ParcelGroupKpis[] groups)
    {
        if (ticks != _batchTicks)
        {
            Close(groups);
            _batchTicks = ticks;
        }

        _batchParcels++;
        if (period >= 0)
        {
            _batchMeasured[period]++;
        }
    }

    /// <summary>
    /// Closes the open departure: books the per-departure cost owed by its measured orders, each period's
    /// share to the station's group in that period (index group × periods + period, as <c>GroupLayout.OrderGroup</c>).
    /// </summary>
    public void Close(ParcelGroupKpis[] groups)
    {
        for (int p = 0; p < _periods; p++)
        {
            if (_batchMeasured[p] > 0 && Group >= 0 && PerShipment > 0)
            {
                groups[(Group * _periods) + p].AddCost(Category, PerShipment * _batchMeasured[p] / _batchParcels);
            }

            _batchMeasured[p] = 0;
        }

        _batchParcels = 0;
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
