using Sim.Engine.Time;
using Sim.Models.Fulfilment;
using Sim.Models.Inventory;

namespace Sim.Models.Flow;

/// <content>Demand (non-homogeneous Poisson arrivals), order creation and stock.</content>
public sealed partial class ParcelFlowModel
{
    /// <summary>
    /// Schedules the next order after <paramref name="fromTicks"/>. The rate of each stream is constant
    /// within a day (base × weekday factor × active peaks); a gap that crosses midnight is discarded and
    /// drawn afresh from midnight at the new rate, which is exact for a piecewise-constant rate because
    /// the exponential forgets. The stream is drawn in proportion to the streams' rates.
    /// </summary>
    private void ScheduleNextOrder(long fromTicks)
    {
        long t = fromTicks;
        while (t < _horizonTicks)
        {
            long day = t / SimDuration.TicksPerDay;
            if (day != _rateDay)
            {
                RatesForDay(day);
            }

            long dayEnd = Math.Min((day + 1) * SimDuration.TicksPerDay, _horizonTicks);
            if (_totalRate > 0)
            {
                double gap = -Math.Log(1.0 - _demandRng.NextUnit()) / _totalRate * SimDuration.TicksPerDay;
                if (t + gap < dayEnd)
                {
                    _simulator.Schedule(new SimTime(t + (long)gap), _id, KindOrder, PickStream());
                    return;
                }
            }

            t = dayEnd;
        }
    }

    private void RatesForDay(long day)
    {
        _rateDay = day;
        int weekday = ((int)_scenario.StartDate.AddDays((int)day).DayOfWeek + 6) % 7;
        _totalRate = 0;
        for (int i = 0; i < _sources.Length; i++)
        {
            _rates[i] = _sources[i].RateOnDay(day, weekday);
            _totalRate += _rates[i];
        }
    }

    private int PickStream()
    {
        double target = _demandRng.NextUnit() * _totalRate;
        double cumulative = 0;
        for (int i = 0; i < _rates.Length; i++)
        {
            cumulative += _rates[i];
            if (target < cumulative)
            {
                return i;
            }
        }

        return _rates.Length - 1;
    }

    private void CreateOrder(int sourceIndex)
    {
        var source = _sources[sourceIndex];
        var product = _products[source.Product];
        long now = _simulator.Now.Ticks;
        bool b2b = source.B2bShare > 0 && _demandRng.NextUnit() < source.B2bShare;
        int units = b2b ? source.B2bUnits : 1;
        bool measured = now >= _warmUpTicks;
        var facts = new OrderFacts(units, units * product.WeightKg, units * product.VolumeM3, units * product.Value, (double)product.PromiseTicks / SimDuration.TicksPerHour);
        int choice = source.Policy.Choose(facts, this, source.FulfilmentRng);
        var option = source.Policy.Options[choice];
        int route = option.Route;
        int stockPoint = -1;
        bool fromStock = false;
        bool fellBack = false;
        bool backorder = false;
        if (option.FromStock)
        {
            stockPoint = option.StockPoint;
            var stock = _stockPoints[stockPoint].Stock;
            if (stock.TryTake(units, HoursNow))
            {
                fromStock = true;
            }
            else if (source.FallbackRoutes[choice] >= 0)
            {
                route = source.FallbackRoutes[choice];
                fellBack = true;
                stockPoint = -1;
            }
            else
            {
                backorder = true;
            }
        }
        else if (source.PreferredStockOption >= 0)
        {
            // The rule-based policy looked at its warehouse first and found it short.
            _stockPoints[source.Policy.Options[source.PreferredStockOption].StockPoint].Stock.RecordLostDemand();
            fellBack = true;
        }

        int slot = _parcels.Allocate();
        ref var row = ref _parcels[slot];
        row.OrderTicks = now;
        row.FlowStartTicks = now;
        row.DepartureTicks = -1;
        row.CoverFromTicks = now;
        row.LastVisibleTicks = now;
        row.Route = route;
        row.Product = source.Product;
        row.Group = _routes[route].Group;
        row.StockPoint = stockPoint;
        row.Units = units;
        row.Flags = (measured ? ParcelFlags.Measured : ParcelFlags.None) | (b2b ? ParcelFlags.B2b : ParcelFlags.None);
        if (measured && row.Group >= 0)
        {
            var group = _groups[row.Group];
            group.Orders++;
            if (fromStock)
            {
                group.FromStock++;
            }
            else if (fellBack)
            {
                group.FellBack++;
            }
            else if (backorder)
            {
                group.Backordered++;
            }
        }

        if (backorder)
        {
            _stockPoints[stockPoint].Stock.Backorder(slot, units);
        }

        if (option.FromStock)
        {
            CheckReorder(option.StockPoint);
        }

        if (!backorder)
        {
            Advance(slot, now);
        }
    }

    private double HoursNow => _simulator.Now.TotalHours;

    private void CheckReorder(int stockPoint)
    {
        var stock = _stockPoints[stockPoint].Stock;
        if (stock.Rule.ContinuousReview)
        {
            Reorder(stockPoint, stock.Rule.OrderQuantity(stock.InventoryPosition));
        }
    }

    private void Review(int stockPoint)
    {
        var stock = _stockPoints[stockPoint].Stock;
        Reorder(stockPoint, stock.Rule.OrderQuantity(stock.InventoryPosition));
        if (_simulator.Now.Ticks < _horizonTicks || stock.BackorderCount > 0)
        {
            _simulator.ScheduleAfter(SimDuration.FromDays(stock.Rule.ReviewPeriodDays), _id, KindReview, stockPoint);
        }
    }

    /// <summary>Orders a replenishment shipment of <paramref name="quantity"/> units, within the warehouse's free capacity.</summary>
    private void Reorder(int stockPoint, double quantity)
    {
        var point = _stockPoints[stockPoint];
        var warehouse = point.Warehouse;
        if (warehouse.Spec.CapacityUnits is double capacity)
        {
            double committed = 0;
            foreach (int other in warehouse.StockPointByProduct)
            {
                if (other >= 0)
                {
                    committed += _stockPoints[other].Stock.OnHand + _stockPoints[other].Stock.OnOrder;
                }
            }

            quantity = Math.Min(quantity, capacity - committed);
        }

        int units = (int)Math.Floor(quantity);
        if (units < 1 || warehouse.ReplenishmentRoute < 0)
        {
            return;
        }

        point.Stock.Ordered(units);
        long now = _simulator.Now.Ticks;
        int slot = _parcels.Allocate();
        ref var row = ref _parcels[slot];
        row.OrderTicks = now;
        row.FlowStartTicks = now;
        row.DepartureTicks = -1;
        row.CoverFromTicks = long.MaxValue;
        row.Route = warehouse.ReplenishmentRoute;
        row.Product = point.Product;
        row.Group = warehouse.Group;
        row.StockPoint = stockPoint;
        row.Units = units;
        row.Flags = ParcelFlags.Shipment | (now >= _warmUpTicks ? ParcelFlags.Measured : ParcelFlags.None);
        Advance(slot, now);
    }

    /// <summary>Stock arrives at a stock point now; waiting backorders that it covers leave, in order.</summary>
    private void Receive(int stockPoint, int units, bool fromReplenishment)
    {
        var stock = _stockPoints[stockPoint].Stock;
        stock.Receive(units, fromReplenishment, HoursNow, _released);
        _releasing.Clear();
        _releasing.AddRange(_released);
        long now = _simulator.Now.Ticks;
        foreach (int slot in _releasing)
        {
            Advance(slot, now);
        }

        CheckReorder(stockPoint);
    }

    private void StartMeasuring()
    {
        double now = HoursNow;
        foreach (var (pool, _) in _poolKpis)
        {
            pool.ResetStatistics();
        }

        foreach (var station in _lineList)
        {
            station.Line.ResetStatistics();
        }

        foreach (var point in _stockPoints)
        {
            point.Stock.ResetStatistics(now);
        }
    }
}
