using Sim.Engine.Time;
using Sim.Models.Flow.Compilation;
using Sim.Models.Fulfilment;
using Sim.Models.Inventory;
using Sim.Models.Kpis;

namespace Sim.Models.Flow;

/// <summary>
/// The stock points of one replication: stock taken by orders, backorders waiting, reviews and
/// reorders (a replenishment shipment travels its route as a parcel row), receipts of shipments and
/// restocked returns, the warehouses' storage room, ageing write-offs, report periods and, at the end,
/// the warehouses' KPIs (<see cref="WarehouseResults"/>). Not thread-safe.
/// </summary>
internal sealed class Replenishment : IStockAvailability
{
    private readonly ParcelFlowModel _model;
    private readonly CompiledNetwork _network;
    private readonly StockPoint[] _points;
    private readonly WarehouseStorage[] _storage;
    private readonly List<int> _released = [];
    private readonly List<int> _releasing = [];

    public Replenishment(ParcelFlowModel model, CompiledNetwork network)
    {
        _model = model;
        _network = network;
        Records = new WarehouseResults(network, model.Layout);
        _storage = [.. network.Warehouses.Select(w => new WarehouseStorage(w.Spec, model.Layout.Periods))];
        _points = new StockPoint[network.StockPoints.Length];
        for (int i = 0; i < _points.Length; i++)
        {
            var spec = network.StockPoints[i];
            var warehouse = network.Warehouses[spec.Warehouse].Spec;
            _points[i] = new StockPoint(spec.Rule, spec.Policy.InitialStock, warehouse.HoldingCostPerUnitDay, Records.Record(i, 0), spec.InitialUnitCost);
            _storage[spec.Warehouse].Changed(spec.Policy.InitialStock, Volume(i), 0);
        }
    }

    /// <summary>The stock points' and warehouses' records, by period.</summary>
    public WarehouseResults Records { get; }

    private double HoursNow => (double)_model.NowTicks / SimDuration.TicksPerHour;

    /// <inheritdoc/>
    public bool HasStock(int stockPoint, int units)
    {
        var stock = _points[stockPoint];
        return stock.BackorderCount == 0 && stock.OnHand >= units;
    }

    /// <summary>Schedules the first review of every periodically reviewed stock point at time 0, and its ageing.</summary>
    public void ScheduleReviews()
    {
        for (int i = 0; i < _points.Length; i++)
        {
            if (!_points[i].Rule.ContinuousReview)
            {
                _model.Schedule(0, ParcelFlowModel.KindReview, i);
            }

            var policy = _network.StockPoints[i].Policy;
            if (policy.WriteOffAfterDays is double days && policy.InitialStock > 0)
            {
                _model.Schedule(SimDuration.FromDays(days).Ticks, ParcelFlowModel.KindAgeing, i);
            }
            else if (policy.WriteOffRatePerDay > 0)
            {
                _model.Schedule(SimDuration.TicksPerDay, ParcelFlowModel.KindAgeing, i);
            }
        }
    }

    public bool TryTake(int stockPoint, int units)
    {
        if (!_points[stockPoint].TryTake(units, HoursNow))
        {
            return false;
        }

        Stored(stockPoint, -units);
        return true;
    }

    public void RecordLostDemand(int stockPoint) => _points[stockPoint].RecordLostDemand();

    public void Backorder(int stockPoint, int slot, int units) => _points[stockPoint].Backorder(slot, units);

    /// <summary>Reorders now if the stock point is reviewed continuously and its rule says so.</summary>
    public void CheckReorder(int stockPoint)
    {
        var stock = _points[stockPoint];
        if (stock.Rule.ContinuousReview)
        {
            Reorder(stockPoint, stock.Rule.OrderQuantity(stock.InventoryPosition));
        }
    }

    /// <summary>A periodic review: reorders, and schedules the next review while orders arrive or backorders wait.</summary>
    public void Review(int stockPoint)
    {
        var stock = _points[stockPoint];
        Reorder(stockPoint, stock.Rule.OrderQuantity(stock.InventoryPosition));
        if (_model.NowTicks < _model.HorizonTicks || stock.BackorderCount > 0)
        {
            _model.Schedule(_model.NowTicks + SimDuration.FromDays(stock.Rule.ReviewPeriodDays).Ticks, ParcelFlowModel.KindReview, stockPoint);
        }
    }

    /// <summary>
    /// Ageing: writes off the units received <c>write_off_after_days</c> ago or earlier, or (with a rate)
    /// the day's share of the units on hand and schedules the next day's; then reorders if need be.
    /// </summary>
    public void Age(int stockPoint)
    {
        var policy = _network.StockPoints[stockPoint].Policy;
        var stock = _points[stockPoint];
        double written;
        if (policy.WriteOffAfterDays is double days)
        {
            // A lot received exactly N days ago goes now; the margin absorbs rounding of hours.
            written = stock.WriteOffReceivedBy(HoursNow - (days * 24) + 1e-6, HoursNow);
        }
        else
        {
            written = stock.WriteOffShare(policy.WriteOffRatePerDay, HoursNow);
            _model.Schedule(_model.NowTicks + SimDuration.TicksPerDay, ParcelFlowModel.KindAgeing, stockPoint);
        }

        if (written > 0)
        {
            Stored(stockPoint, -written);
            CheckReorder(stockPoint);
        }
    }

    /// <summary>A replenishment shipment of <paramref name="units"/> was lost or seized: it will never arrive (the caller then checks for a reorder).</summary>
    public void ShipmentLost(int stockPoint, int units) => _points[stockPoint].Cancelled(units);

    /// <summary>
    /// A replenishment shipment arrives now, worth <paramref name="unitCost"/> a unit landed; its lead time
    /// from <paramref name="orderedTicks"/> is recorded when it was ordered after the warm-up.
    /// </summary>
    public void ReceiveShipment(int stockPoint, int units, double unitCost, long orderedTicks, bool measured)
    {
        if (measured)
        {
            _points[stockPoint].RecordLeadTime((double)(_model.NowTicks - orderedTicks) / SimDuration.TicksPerDay);
        }

        Receive(stockPoint, units, fromReplenishment: true, unitCost);
    }

    /// <summary>A return is restocked now, valued like the initial stock; a warehouse that refuses overflow disposes of it when full.</summary>
    public void Restock(int stockPoint)
    {
        var storage = _storage[_network.StockPoints[stockPoint].Warehouse];
        if (storage.Refuses && storage.RoomFor(Volume(stockPoint), storage.Units, storage.M3) < 1)
        {
            _points[stockPoint].Refused(1);
            return;
        }

        Receive(stockPoint, 1, fromReplenishment: false, _network.StockPoints[stockPoint].InitialUnitCost);
    }

    /// <summary>Discards what the stock points and storage measured so far (the end of the warm-up).</summary>
    public void StartMeasuring()
    {
        Records.Reset(_model.CurrentPeriod);
        foreach (var point in _points)
        {
            point.ResetStatistics(HoursNow);
        }

        foreach (var storage in _storage)
        {
            storage.ResetStatistics(HoursNow);
        }
    }

    /// <summary>Starts report period <paramref name="period"/> now: the stock points and storage close the last one.</summary>
    public void StartPeriod(int period)
    {
        for (int i = 0; i < _points.Length; i++)
        {
            _points[i].StartPeriod(Records.Record(i, period), HoursNow);
        }

        foreach (var storage in _storage)
        {
            storage.StartPeriod(period, HoursNow);
        }
    }

    /// <summary>Closes the statistics now, books the warehouses' costs to their sinks, and returns every warehouse record followed by its stock points', whole run then per period.</summary>
    public List<WarehouseKpis> Finish(ParcelGroupKpis[] groups)
    {
        foreach (var point in _points)
        {
            point.FinishStatistics(HoursNow);
        }

        foreach (var storage in _storage)
        {
            storage.Finish(HoursNow);
        }

        return Records.Finish(groups, _storage, _model.WarmUpTicks);
    }

    private double Volume(int stockPoint) => _network.Products[_network.StockPoints[stockPoint].Product].VolumeM3;

    private void Stored(int stockPoint, double units) => _storage[_network.StockPoints[stockPoint].Warehouse].Changed(units, Volume(stockPoint), HoursNow);

    /// <summary>Stock arrives now; waiting backorders that it covers leave, in order.</summary>
    private void Receive(int stockPoint, int units, bool fromReplenishment, double unitCost)
    {
        double before = _points[stockPoint].OnHand;
        _points[stockPoint].Receive(units, fromReplenishment, HoursNow, _released, unitCost);
        Stored(stockPoint, _points[stockPoint].OnHand - before);
        if (_network.StockPoints[stockPoint].Policy.WriteOffAfterDays is double days)
        {
            _model.Schedule(_model.NowTicks + SimDuration.FromDays(days).Ticks, ParcelFlowModel.KindAgeing, stockPoint);
        }

        _releasing.Clear();
        _releasing.AddRange(_released);
        long now = _model.NowTicks;
        foreach (int slot in _releasing)
        {
            _model.Advance(slot, now);
        }

        CheckReorder(stockPoint);
    }

    /// <summary>Orders a replenishment shipment of <paramref name="quantity"/> units, within the warehouse's free room when it refuses overflow.</summary>
    private void Reorder(int stockPoint, double quantity)
    {
        var spec = _network.StockPoints[stockPoint];
        var warehouse = _network.Warehouses[spec.Warehouse];
        var storage = _storage[spec.Warehouse];
        double wanted = Math.Floor(quantity);
        if (storage.Refuses && wanted >= 1)
        {
            double committedUnits = 0;
            double committedM3 = 0;
            foreach (int other in warehouse.StockPointByProduct)
            {
                if (other >= 0)
                {
                    double units = _points[other].OnHand + _points[other].OnOrder;
                    committedUnits += units;
                    committedM3 += units * Volume(other);
                }
            }

            quantity = Math.Min(quantity, storage.RoomFor(Volume(stockPoint), committedUnits, committedM3));
        }

        int ordered = (int)Math.Floor(quantity);
        if (ordered < 1 || warehouse.ReplenishmentRoute < 0)
        {
            return;
        }

        if (ordered < wanted)
        {
            _points[stockPoint].Refused(wanted - ordered);
        }

        _points[stockPoint].Ordered(ordered);
        long now = _model.NowTicks;
        int slot = _model.Parcels.Allocate();
        ref var row = ref _model.Parcels[slot];
        row.OrderTicks = now;
        row.FlowStartTicks = now;
        row.DepartureTicks = -1;
        row.CoverFromTicks = long.MaxValue;
        row.Route = warehouse.ReplenishmentRoute;
        row.Product = spec.Product;
        row.Group = _model.Layout.Sink(spec.Warehouse, _model.CurrentPeriod);
        row.StockPoint = stockPoint;
        row.Units = ordered;
        row.Cost = ordered * _network.Products[spec.Product].ImportValue;
        row.Flags = ParcelFlags.Shipment | (now >= _model.WarmUpTicks ? ParcelFlags.Measured : ParcelFlags.None);
        if (!_model.Consolidation.HoldsOrdered(slot))
        {
            _model.Advance(slot, now);
        }
    }
}
