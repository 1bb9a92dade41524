using Sim.Engine.Resources;
using Sim.Models.Kpis;

namespace Sim.Models.Flow;

/// <summary>
/// A timetabled departure line of one (mode, leg, market) and the sharing of its per-departure cost
/// among the orders on each departure. Sizes: parcels, or kilograms when only a weight limit is set;
/// with both limits a parcel counts as max(1, kg × parcel limit / kg limit) parcels. Not thread-safe.
/// </summary>
internal sealed class DepartureStation
{
    private const double Unlimited = 1e15;
    private readonly double _kgFactor;
    private long _batchTicks = -1;
    private int _batchParcels;
    private int _batchMeasured;

    public DepartureStation(int? capacityParcels, double? capacityKg, double perShipment, Network.CostCategory category, int group, ResourceKpis kpis)
    {
        Kpis = kpis;
        PerShipment = perShipment;
        Category = category;
        Group = group;
        if (capacityParcels is int parcels)
        {
            Capacity = parcels;
            _kgFactor = capacityKg is double kg ? parcels / kg : 0;
            CountsParcels = true;
        }
        else if (capacityKg is double kg)
        {
            Capacity = kg;
            _kgFactor = 1;
            CountsParcels = false;
        }
        else
        {
            Capacity = Unlimited;
            CountsParcels = true;
        }
    }

    public TimetabledDeparture Line { get; set; } = null!;

    public ResourceKpis Kpis { get; }

    public double Capacity { get; }

    public bool IsCapacitated => Capacity < Unlimited;

    public bool CountsParcels { get; }

    public double PerShipment { get; }

    public Network.CostCategory Category { get; }

    public int Group { get; }

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

    /// <summary>Closes the open departure; returns the per-departure cost owed by its measured orders.</summary>
    public double Close()
    {
        double owed = _batchParcels == 0 ? 0 : PerShipment * _batchMeasured / _batchParcels;
        _batchParcels = 0;
        _batchMeasured = 0;
        return owed;
    }
}
