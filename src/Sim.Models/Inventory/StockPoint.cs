using Sim.Engine.Statistics;
using Sim.Models.Kpis;

namespace Sim.Models.Inventory;

/// <summary>
/// The stock of one product class in one warehouse while a model runs: units on hand (as lots issued
/// first in, first out, each with its landed cost), on order and backordered, a FIFO line of
/// backordered orders, its <see cref="IReorderRule"/>, and its <see cref="WarehouseKpis"/> for the
/// current report period. Times are simulated hours. Not thread-safe; one per replication.
/// </summary>
public sealed class StockPoint
{
    private readonly Queue<(int Order, double Units)> _backorders = new();
    private readonly TimeWeighted _onHand;
    private readonly StockLots _lots = new();

    /// <summary>Creates a stock point holding <paramref name="initialStock"/> units at time 0.</summary>
    /// <param name="rule">When and how much to reorder.</param>
    /// <param name="initialStock">Units on hand at time 0, zero or more.</param>
    /// <param name="holdingCostPerUnitDay">Holding cost per unit per day, zero or more.</param>
    /// <param name="kpis">Where to record what happens (the first report period's record).</param>
    /// <param name="initialUnitCost">Landed cost per unit of the initial stock, zero or more.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative.</exception>
    public StockPoint(IReorderRule rule, double initialStock, double holdingCostPerUnitDay, WarehouseKpis kpis, double initialUnitCost = 0)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(kpis);
        ArgumentOutOfRangeException.ThrowIfNegative(initialStock);
        ArgumentOutOfRangeException.ThrowIfNegative(holdingCostPerUnitDay);
        ArgumentOutOfRangeException.ThrowIfNegative(initialUnitCost);
        Rule = rule;
        HoldingCostPerUnitDay = holdingCostPerUnitDay;
        Kpis = kpis;
        _onHand = new TimeWeighted(0, initialStock);
        if (initialStock > 0)
        {
            _lots.Add(initialStock, 0, initialUnitCost);
        }
    }

    /// <summary>The reorder rule.</summary>
    public IReorderRule Rule { get; }

    /// <summary>Holding cost per unit per day.</summary>
    public double HoldingCostPerUnitDay { get; }

    /// <summary>What the stock point measured in the current report period.</summary>
    public WarehouseKpis Kpis { get; private set; }

    /// <summary>Units on hand.</summary>
    public double OnHand => _lots.Units;

    /// <summary>Units ordered and not yet received.</summary>
    public double OnOrder { get; private set; }

    /// <summary>Units owed to backordered orders.</summary>
    public double Backordered { get; private set; }

    /// <summary>Orders waiting for stock.</summary>
    public int BackorderCount => _backorders.Count;

    /// <summary>On hand + on order − backordered.</summary>
    public double InventoryPosition => OnHand + OnOrder - Backordered;

    /// <summary>An order asks for <paramref name="units"/> now: takes them, oldest first, if on hand (and no earlier order waits).</summary>
    /// <param name="units">Units wanted, positive.</param>
    /// <param name="nowHours">The current time in hours.</param>
    /// <returns>True when served from stock; false on a stock-out (counted).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is not positive.</exception>
    public bool TryTake(double units, double nowHours)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(units);
        Kpis.Demands++;
        if (_backorders.Count == 0 && OnHand >= units)
        {
            _lots.Take(units);
            _onHand.Update(nowHours, OnHand);
            Kpis.FilledFromStock++;
            return true;
        }

        Kpis.StockOuts++;
        return false;
    }

    /// <summary>Records a stock-out found by a policy that then chose another mode (a demand not filled).</summary>
    public void RecordLostDemand()
    {
        Kpis.Demands++;
        Kpis.StockOuts++;
    }

    /// <summary>Puts an order in the backorder line; it is served first-come-first-served as stock arrives.</summary>
    /// <param name="order">The caller's id of the order.</param>
    /// <param name="units">Units it needs, positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is not positive.</exception>
    public void Backorder(int order, double units)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(units);
        _backorders.Enqueue((order, units));
        Backordered += units;
    }

    /// <summary>Records a replenishment order of <paramref name="units"/>.</summary>
    /// <param name="units">Units ordered, positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is not positive.</exception>
    public void Ordered(double units)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(units);
        OnOrder += units;
        Kpis.Replenishments++;
    }

    /// <summary>Records <paramref name="units"/> refused for lack of storage room (not ordered, or a return not restocked).</summary>
    /// <param name="units">Units refused, positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is not positive.</exception>
    public void Refused(double units)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(units);
        Kpis.UnitsRefused += units;
    }

    /// <summary>Records that <paramref name="units"/> on order will never arrive (the shipment was lost or seized).</summary>
    /// <param name="units">Units of the lost shipment, positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is not positive.</exception>
    public void Cancelled(double units)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(units);
        OnOrder = Math.Max(0, OnOrder - units);
    }

    /// <summary>
    /// Receives <paramref name="units"/> (a replenishment when <paramref name="fromReplenishment"/>, else
    /// a restocked return) as a lot worth <paramref name="unitCost"/> each, then serves waiting backorders
    /// in order while stock lasts.
    /// </summary>
    /// <param name="units">Units received, positive.</param>
    /// <param name="fromReplenishment">True for a replenishment shipment (reduces on-order).</param>
    /// <param name="nowHours">The current time in hours.</param>
    /// <param name="released">Receives the ids of the orders served, in order; cleared first.</param>
    /// <param name="unitCost">Landed cost per unit, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is not positive, or <paramref name="unitCost"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="released"/> is null.</exception>
    public void Receive(double units, bool fromReplenishment, double nowHours, List<int> released, double unitCost = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(units);
        ArgumentOutOfRangeException.ThrowIfNegative(unitCost);
        ArgumentNullException.ThrowIfNull(released);
        released.Clear();
        if (fromReplenishment)
        {
            OnOrder = Math.Max(0, OnOrder - units);
            Kpis.UnitsReceived += units;
        }
        else
        {
            Kpis.UnitsRestocked += units;
        }

        _lots.Add(units, nowHours, unitCost);
        while (_backorders.Count > 0 && _backorders.Peek().Units <= OnHand)
        {
            var (order, wanted) = _backorders.Dequeue();
            _lots.Take(wanted);
            Backordered -= wanted;
            released.Add(order);
        }

        _onHand.Update(nowHours, OnHand);
    }

    /// <summary>Records the lead time of a replenishment shipment just received.</summary>
    /// <param name="days">Days from its order to its receipt, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public void RecordLeadTime(double days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        Kpis.LeadTimeDays.Add(days);
        Kpis.LeadTimeQuantiles.Add(days);
    }

    /// <summary>Writes off every unit received at or before <paramref name="receivedByHours"/> (ageing stock), at its landed cost.</summary>
    /// <param name="receivedByHours">The latest receipt time written off, hours.</param>
    /// <param name="nowHours">The current time in hours.</param>
    /// <returns>The units written off.</returns>
    public double WriteOffReceivedBy(double receivedByHours, double nowHours)
    {
        var (units, cost) = _lots.RemoveReceivedBy(receivedByHours);
        return WrittenOff(units, cost, nowHours);
    }

    /// <summary>Writes off <paramref name="share"/> of the units on hand, oldest first, at their landed cost.</summary>
    /// <param name="share">The share in [0, 1].</param>
    /// <param name="nowHours">The current time in hours.</param>
    /// <returns>The units written off.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is outside [0, 1].</exception>
    public double WriteOffShare(double share, double nowHours)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(share);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 1.0);
        double units = share * OnHand;
        return units > 0 ? WrittenOff(units, _lots.Take(units), nowHours) : 0;
    }

    /// <summary>Starts the statistics afresh at <paramref name="nowHours"/> (end of warm-up).</summary>
    /// <param name="nowHours">The current time in hours.</param>
    public void ResetStatistics(double nowHours)
    {
        Kpis.Demands = 0;
        Kpis.FilledFromStock = 0;
        Kpis.StockOuts = 0;
        Kpis.Replenishments = 0;
        Kpis.UnitsReceived = 0;
        Kpis.UnitsRestocked = 0;
        Kpis.UnitsRefused = 0;
        Kpis.UnitsWrittenOff = 0;
        Kpis.WriteOffCost = 0;
        Kpis.LeadTimeDays.Clear();
        Kpis.LeadTimeQuantiles.Clear();
        _onHand.Reset(nowHours);
    }

    /// <summary>Closes the current period's statistics at <paramref name="nowHours"/> and records what follows in <paramref name="next"/>.</summary>
    /// <param name="next">The next report period's record.</param>
    /// <param name="nowHours">The time the period ends, hours.</param>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is null.</exception>
    public void StartPeriod(WarehouseKpis next, double nowHours)
    {
        ArgumentNullException.ThrowIfNull(next);
        FinishStatistics(nowHours);
        _onHand.Reset(nowHours);
        Kpis = next;
    }

    /// <summary>Closes the statistics at <paramref name="nowHours"/> and computes the holding cost of the current period.</summary>
    /// <param name="nowHours">The end time in hours.</param>
    /// <returns>The holding cost over the measured part of the current period.</returns>
    public double FinishStatistics(double nowHours)
    {
        _onHand.Finish(nowHours);
        Kpis.StockUnitHours = _onHand.Area;
        Kpis.ObservedHours = _onHand.Duration;
        Kpis.HoldingCost = _onHand.Area / 24.0 * HoldingCostPerUnitDay;
        return Kpis.HoldingCost;
    }

    private double WrittenOff(double units, double cost, double nowHours)
    {
        if (units > 0)
        {
            Kpis.UnitsWrittenOff += units;
            Kpis.WriteOffCost += cost;
            _onHand.Update(nowHours, OnHand);
        }

        return units;
    }
}
