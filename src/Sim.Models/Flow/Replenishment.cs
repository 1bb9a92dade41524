using Sim.Engine.Time;
using Sim.Models.Flow.Compilation;
using Sim.Models.Fulfilment;
using Sim.Models.Inventory;
using Sim.Models.Kpis;
using Sim.Models.Network;

namespace Sim.Models.Flow;

/// <summary>
/// The stock points of one replication: stock taken by orders, backorders waiting, reviews and
/// reorders (a replenishment shipment travels its route as a parcel row), receipts of shipments and
/// restocked returns, and, at the end, the warehouses' KPIs and holding costs. Not thread-safe.
/// </summary>
internal sealed class Replenishment : IStockAvailability
{
    private readonly ParcelFlowModel _model;
    private readonly CompiledNetwork _network;
    private readonly StockPoint[] _points;
    private readonly List<int> _released = [];
    private readonly List<int> _releasing = [];

    public Replenishment(ParcelFlowModel model, CompiledNetwork network)
    {
        _model = model;
        _network = network;
        _points = new StockPoint[network.StockPoints.Length];
        for (int i = 0; i < _points.Length; i++)
        {
            var spec = network.StockPoints[i];
            var warehouse = network.Warehouses[spec.Warehouse].Spec;
            _points[i] = new StockPoint(spec.Rule, spec.Policy.InitialStock, warehouse.HoldingCostPerUnitDay, new WarehouseKpis(spec.Key));
        }
    }

    private double HoursNow => (double)_model.NowTicks / SimDuration.TicksPerHour;

    /// <inheritdoc/>
    public bool HasStock(int stockPoint, int units)
    {
        var stock = _points[stockPoint];
        return stock.BackorderCount == 0 && stock.OnHand >= units;
    }

    /// <summary>Schedules the first review of every periodically reviewed stock point at time 0.</summary>
    public void ScheduleReviews()
    {
        for (int i = 0; i < _points.Length; i++)
        {
            if (!_points[i].Rule.ContinuousReview)
            {
                _model.Schedule(0, ParcelFlowModel.KindReview, i);
            }
        }
    }

    public bool TryTake(int stockPoint, int units) => _points[stockPoint].TryTake(units, HoursNow);

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

    /// <summary>A replenishment shipment of <paramref name="units"/> was lost or seized: it will never arrive (the caller then checks for a reorder).</summary>
    public void ShipmentLost(int stockPoint, int units) => _points[stockPoint].Cancelled(units);

    /// <summary>Stock arrives now; waiting backorders that it covers leave, in order.</summary>
    public void Receive(int stockPoint, int units, bool fromReplenishment)
    {
        _points[stockPoint].Receive(units, fromReplenishment, HoursNow, _released);
        _releasing.Clear();
        _releasing.AddRange(_released);
        long now = _model.NowTicks;
        foreach (int slot in _releasing)
        {
            _model.Advance(slot, now);
        }

        CheckReorder(stockPoint);
    }

    /// <summary>Discards what the stock points measured so far (the end of the warm-up).</summary>
    public void StartMeasuring()
    {
        foreach (var point in _points)
        {
            point.ResetStatistics(HoursNow);
        }
    }

    /// <summary>Closes the statistics now, books holding costs to each warehouse's group, and returns every warehouse record followed by its stock points'.</summary>
    public List<WarehouseKpis> Finish(ParcelGroupKpis[] groups)
    {
        double now = HoursNow;
        var records = new List<WarehouseKpis>();
        foreach (var warehouse in _network.Warehouses)
        {
            var total = new WarehouseKpis(warehouse.Key);
            var points = new List<WarehouseKpis>();
            foreach (int index in warehouse.StockPointByProduct)
            {
                if (index < 0)
                {
                    continue;
                }

                double holding = _points[index].FinishStatistics(now);
                if (warehouse.Group >= 0)
                {
                    groups[warehouse.Group].AddCost(CostCategory.Warehousing, holding);
                }

                total.AddStockPoint(_points[index].Kpis);
                points.Add(_points[index].Kpis);
            }

            records.Add(total);
            records.AddRange(points);
        }

        return records;
    }

    /// <summary>Orders a replenishment shipment of <paramref name="quantity"/> units, within the warehouse's free capacity.</summary>
    private void Reorder(int stockPoint, double quantity)
    {
        var spec = _network.StockPoints[stockPoint];
        var warehouse = _network.Warehouses[spec.Warehouse];
        if (warehouse.Spec.CapacityUnits is double capacity)
        {
            double committed = 0;
            foreach (int other in warehouse.StockPointByProduct)
            {
                if (other >= 0)
                {
                    committed += _points[other].OnHand + _points[other].OnOrder;
                }
            }

            quantity = Math.Min(quantity, capacity - committed);
        }

        int units = (int)Math.Floor(quantity);
        if (units < 1 || warehouse.ReplenishmentRoute < 0)
        {
            return;
        }

        _points[stockPoint].Ordered(units);
        long now = _model.NowTicks;
        int slot = _model.Parcels.Allocate();
        ref var row = ref _model.Parcels[slot];
        row.OrderTicks = now;
        row.FlowStartTicks = now;
        row.DepartureTicks = -1;
        row.CoverFromTicks = long.MaxValue;
        row.Route = warehouse.ReplenishmentRoute;
        row.Product = spec.Product;
        row.Group = warehouse.Group;
        row.StockPoint = stockPoint;
        row.Units = units;
        row.Flags = ParcelFlags.Shipment | (now >= _model.WarmUpTicks ? ParcelFlags.Measured : ParcelFlags.None);
        _model.Advance(slot, now);
    }
}
