using Sim.Engine.Randomness;
using Sim.Engine.Time;
using Sim.Models.Customs;
using Sim.Models.Flow.Compilation;
using Sim.Models.Fulfilment;

namespace Sim.Models.Flow;

/// <summary>
/// Orders of one replication: a non-homogeneous Poisson process over the demand sources, each order
/// given its mode by its lane's fulfilment policy, served from stock, falling back or backordered,
/// then sent on its route. Not thread-safe.
/// </summary>
internal sealed class OrderSource
{
    private readonly ParcelFlowModel _model;
    private readonly CompiledNetwork _network;
    private readonly Replenishment _stock;
    private readonly RandomStream _demandRng;
    private readonly RandomStream[] _fulfilmentRngs;
    private readonly double[] _rates;
    private double _totalRate;
    private long _rateDay = -1;

    public OrderSource(ParcelFlowModel model, CompiledNetwork network, Replenishment stock, ReplicationStreams streams)
    {
        _model = model;
        _network = network;
        _stock = stock;
        _demandRng = streams.Stream("demand");
        _fulfilmentRngs = [.. network.Sources.Select(s => streams.Stream(s.FulfilmentStream))];
        _rates = new double[network.Sources.Length];
    }

    /// <summary>
    /// Schedules the next order after <paramref name="fromTicks"/>. The rate of each stream is constant
    /// within a day (base × weekday factor × active peaks); a gap that crosses midnight is discarded and
    /// drawn afresh from midnight at the new rate, which is exact for a piecewise-constant rate because
    /// the exponential forgets. The stream is drawn in proportion to the streams' rates.
    /// </summary>
    public void ScheduleNext(long fromTicks)
    {
        long t = fromTicks;
        long horizon = _model.HorizonTicks;
        while (t < horizon)
        {
            long day = t / SimDuration.TicksPerDay;
            if (day != _rateDay)
            {
                RatesForDay(day);
            }

            long dayEnd = Math.Min((day + 1) * SimDuration.TicksPerDay, horizon);
            if (_totalRate > 0)
            {
                double gap = -Math.Log(1.0 - _demandRng.NextUnit()) / _totalRate * SimDuration.TicksPerDay;
                if (t + gap < dayEnd)
                {
                    _model.Schedule(t + (long)gap, ParcelFlowModel.KindOrder, PickStream());
                    return;
                }
            }

            t = dayEnd;
        }
    }

    /// <summary>Creates an order of source <paramref name="sourceIndex"/> now and sends it on its way.</summary>
    public void Create(int sourceIndex)
    {
        var source = _network.Sources[sourceIndex];
        var product = _network.Products[source.Product];
        long now = _model.NowTicks;
        bool b2b = source.B2bShare > 0 && _demandRng.NextUnit() < source.B2bShare;
        int units = b2b ? source.B2bUnits : 1;
        bool measured = now >= _model.WarmUpTicks;
        var facts = new OrderFacts(units, units * product.WeightKg, units * product.VolumeM3, units * product.Value, (double)product.PromiseTicks / SimDuration.TicksPerHour, b2b);
        int choice = source.Policy.Choose(facts, _stock, _fulfilmentRngs[sourceIndex]);
        var option = source.Policy.Options[choice];
        int route = option.Route;
        int stockPoint = -1;
        bool fromStock = false;
        bool fellBack = false;
        bool backorder = false;
        if (option.FromStock)
        {
            stockPoint = option.StockPoint;
            if (_stock.TryTake(stockPoint, units))
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
            _stock.RecordLostDemand(source.Policy.Options[source.PreferredStockOption].StockPoint);
            fellBack = true;
        }

        int slot = _model.Parcels.Allocate();
        ref var row = ref _model.Parcels[slot];
        row.OrderTicks = now;
        row.FlowStartTicks = now;
        row.DepartureTicks = -1;
        row.CoverFromTicks = now;
        row.LastVisibleTicks = now;
        row.Route = route;
        row.Product = source.Product;
        row.Group = _model.Layout.OrderGroup(_network.Routes[route].GroupIndex, _model.CurrentPeriod);
        row.StockPoint = stockPoint;
        row.Units = units;
        row.Flags = (measured ? ParcelFlags.Measured : ParcelFlags.None) | (b2b ? ParcelFlags.B2b : ParcelFlags.None);
        _model.Trace?.Ordered(slot, ref row);
        if (measured && row.Group >= 0)
        {
            var group = _model.Groups[row.Group];
            group.Orders++;
            if (_network.Routes[route].SaleTaxRegimes is { } saleTax)
            {
                // Stock already imported pays VAT or sales tax when an order is sold, not at import.
                group.DutiesAndTaxes += DutyCalculator.SaleTax(saleTax.RegimeAtTicks(now), units * product.Value);
            }

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
            _stock.Backorder(stockPoint, slot, units);
        }

        if (option.FromStock)
        {
            _stock.CheckReorder(option.StockPoint);
        }

        if (!backorder)
        {
            _model.Advance(slot, now);
        }
    }

    private void RatesForDay(long day)
    {
        _rateDay = day;
        int weekday = ((int)_network.Scenario.StartDate.AddDays((int)day).DayOfWeek + 6) % 7;
        _totalRate = 0;
        for (int i = 0; i < _rates.Length; i++)
        {
            _rates[i] = _network.Sources[i].RateOnDay(day, weekday);
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
}
