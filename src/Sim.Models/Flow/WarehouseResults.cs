using Sim.Engine.Time;
using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;
using Sim.Models.Network;

namespace Sim.Models.Flow;

/// <summary>
/// The records of one replication's stock points, one per report period, and, at the end, the
/// warehouses' records built from them: each warehouse's holding, overflow and fixed costs per period,
/// booked to its cost sink. Not thread-safe.
/// </summary>
internal sealed class WarehouseResults
{
    private readonly CompiledNetwork _network;
    private readonly GroupLayout _layout;
    private readonly WarehouseKpis[][] _records;

    public WarehouseResults(CompiledNetwork network, GroupLayout layout)
    {
        _network = network;
        _layout = layout;
        _records = [.. network.StockPoints.Select(point => Enumerable.Range(0, layout.Periods).Select(p => new WarehouseKpis(layout.WithPeriod(point.Key, p))).ToArray())];
    }

    /// <summary>The record of <paramref name="stockPoint"/> in <paramref name="period"/>.</summary>
    public WarehouseKpis Record(int stockPoint, int period) => _records[stockPoint][period];

    /// <summary>At the end of the warm-up: empties the records of the periods before <paramref name="current"/> (the stock points reset the current one).</summary>
    public void Reset(int current)
    {
        foreach (var periods in _records)
        {
            for (int p = 0; p < current; p++)
            {
                periods[p] = new WarehouseKpis(periods[p].Key);
            }
        }
    }

    /// <summary>
    /// Books each warehouse's holding, overflow and fixed costs of each period to its sink in
    /// <paramref name="groups"/>, and returns every warehouse's record followed by its stock points',
    /// over the whole run, then the same per period when there are several.
    /// </summary>
    public List<WarehouseKpis> Finish(ParcelGroupKpis[] groups, IReadOnlyList<WarehouseStorage> storage, long warmUpTicks)
    {
        int periods = _layout.Periods;
        var whole = new List<WarehouseKpis>();
        var byPeriod = Enumerable.Range(0, periods).Select(_ => new List<WarehouseKpis>()).ToArray();
        for (int w = 0; w < _network.Warehouses.Length; w++)
        {
            var warehouse = _network.Warehouses[w];
            var totals = new WarehouseKpis[periods];
            for (int p = 0; p < periods; p++)
            {
                var period = _network.Periods[p];
                double days = Math.Max(0, period.ToTicks - Math.Max(period.FromTicks, warmUpTicks)) / (double)SimDuration.TicksPerDay;
                totals[p] = new WarehouseKpis(_layout.WithPeriod(warehouse.Key, p))
                {
                    FixedCost = warehouse.Spec.FixedCostPerDay * days,
                    OverflowCost = storage[w].OverflowCost[p],
                };
                groups[_layout.Sink(w, p)].AddCost(CostCategory.Warehousing, totals[p].FixedCost + totals[p].OverflowCost);
                byPeriod[p].Add(totals[p]);
            }

            var points = new List<WarehouseKpis>();
            foreach (int point in warehouse.StockPointByProduct)
            {
                if (point < 0)
                {
                    continue;
                }

                var pointWhole = new WarehouseKpis(_network.StockPoints[point].Key);
                for (int p = 0; p < periods; p++)
                {
                    var record = _records[point][p];
                    groups[_layout.Sink(w, p)].AddCost(CostCategory.Warehousing, record.HoldingCost);
                    totals[p].AddStockPoint(record);
                    pointWhole.Merge(record);
                    byPeriod[p].Add(record);
                }

                points.Add(pointWhole);
            }

            var total = new WarehouseKpis(warehouse.Key);
            foreach (var periodTotal in totals)
            {
                total.Merge(periodTotal);
            }

            whole.Add(total);
            whole.AddRange(points);
        }

        // Each period's list holds every warehouse followed by its stock points, as the whole run's does.
        return periods == 1 ? whole : [.. whole, .. byPeriod.SelectMany(list => list)];
    }
}
