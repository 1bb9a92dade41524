namespace Sim.Models.Kpis;

/// <summary>
/// What one replication measured at one stock point (a warehouse and a product class) or at a whole
/// warehouse: demand, fill rate, stock-outs, stock held and its cost, replenishments. Measured from the
/// end of the warm-up to the end of the run. Merging is exact. Not thread-safe.
/// </summary>
public sealed class WarehouseKpis
{
    /// <summary>Creates an empty record.</summary>
    /// <param name="key">The group key, e.g. <c>warehouse=us-la-warehouse</c> or <c>warehouse=us-la-warehouse;product=home</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public WarehouseKpis(GroupKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Key = key;
    }

    /// <summary>The group key.</summary>
    public GroupKey Key { get; }

    /// <summary>Orders that asked this stock point for stock.</summary>
    public long Demands { get; internal set; }

    /// <summary>Orders served at once from stock on hand.</summary>
    public long FilledFromStock { get; internal set; }

    /// <summary>Orders that found too little stock on hand (then backordered or fell back).</summary>
    public long StockOuts { get; internal set; }

    /// <summary>Replenishment shipments ordered.</summary>
    public long Replenishments { get; internal set; }

    /// <summary>Units received by replenishment.</summary>
    public double UnitsReceived { get; internal set; }

    /// <summary>Units put back into stock from returns.</summary>
    public double UnitsRestocked { get; internal set; }

    /// <summary>Integral of the units on hand over the measured hours (summed over stock points for a warehouse).</summary>
    public double StockUnitHours { get; internal set; }

    /// <summary>Hours measured (one run's measured period; summed when replications are pooled).</summary>
    public double ObservedHours { get; internal set; }

    /// <summary>Mean units on hand over the measured period; NaN when nothing was observed.</summary>
    public double AverageStock => ObservedHours > 0 ? StockUnitHours / ObservedHours : double.NaN;

    /// <summary>Holding cost over the measured period, scenario currency.</summary>
    public double HoldingCost { get; internal set; }

    /// <summary>Share of demands filled at once from stock; NaN without demand.</summary>
    public double FillRate => Demands == 0 ? double.NaN : (double)FilledFromStock / Demands;

    /// <summary>
    /// Pools <paramref name="other"/> (another replication or shard of the same stock point or warehouse)
    /// into this record: counts, costs, stock-hours and observed hours add, so the average stock is
    /// weighted by duration.
    /// </summary>
    /// <param name="other">The record to merge in; unchanged.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public void Merge(WarehouseKpis other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Demands += other.Demands;
        FilledFromStock += other.FilledFromStock;
        StockOuts += other.StockOuts;
        Replenishments += other.Replenishments;
        UnitsReceived += other.UnitsReceived;
        UnitsRestocked += other.UnitsRestocked;
        StockUnitHours += other.StockUnitHours;
        ObservedHours += other.ObservedHours;
        HoldingCost += other.HoldingCost;
    }

    /// <summary>
    /// Adds a stock point of the same run to this warehouse record: counts, costs and stock-hours add,
    /// and the observed period stays that of the run, so the average stock is the warehouse's total.
    /// </summary>
    /// <param name="stockPoint">A stock point of this warehouse, measured over the same period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stockPoint"/> is null.</exception>
    public void AddStockPoint(WarehouseKpis stockPoint)
    {
        ArgumentNullException.ThrowIfNull(stockPoint);
        double observed = ObservedHours;
        Merge(stockPoint);
        ObservedHours = Math.Max(observed, stockPoint.ObservedHours);
    }
}
