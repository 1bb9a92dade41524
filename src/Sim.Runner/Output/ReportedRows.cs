using Sim.Models.Kpis;

namespace Sim.Runner.Output;

/// <summary>
/// The KPI rows a run reports, the same in <c>kpis.csv</c>, <c>kpis.json</c> and the console:
/// every row of the summary except the groups that had no orders in any replication (a lane a
/// policy never uses, such as express to GB in the baseline; the group <c>all</c> is always kept),
/// plus <see cref="WarehouseTotal"/>, the warehouses together, before the first warehouse.
/// Stateless and thread-safe.
/// </summary>
internal static class ReportedRows
{
    /// <summary>The group of the warehouses-together rows.</summary>
    public const string WarehouseTotal = "warehouse=all";

    /// <summary>Selects the rows of <paramref name="summary"/>, merged from <paramref name="replications"/>.</summary>
    public static IReadOnlyList<KpiRow> Select(KpiSummary summary, IReadOnlyList<ReplicationKpis> replications)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(replications);
        var empty = summary.Rows
            .Where(r => r.Kpi == "orders" && r.Mean == 0 && r.Group != "all")
            .Select(r => r.Group)
            .ToHashSet(StringComparer.Ordinal);
        var rows = summary.Rows.Where(r => !empty.Contains(r.Group)).ToList();
        var firstWarehouse = rows.FindIndex(r => GroupKey.Parse(r.Group).Warehouse is not null);
        if (firstWarehouse >= 0)
        {
            rows.InsertRange(firstWarehouse, WarehousesTogether(replications));
        }

        return rows;
    }

    // Each replication's warehouses added up as one (counts, costs and stock add; the period is the
    // run's), then merged over replications by the same KPI definitions as any warehouse.
    private static IReadOnlyList<KpiRow> WarehousesTogether(IReadOnlyList<ReplicationKpis> replications)
    {
        var totals = replications.Select(replication =>
        {
            var total = new WarehouseKpis(GroupKey.Parse(WarehouseTotal));
            foreach (var warehouse in replication.Warehouses.Where(w => w.Key.Product is null))
            {
                total.AddStockPoint(warehouse);
            }

            return new ReplicationKpis(replication.Replication, [], [total], []) { Currency = replication.Currency };
        }).ToList();
        return KpiSummary.FromReplications(totals).Rows;
    }
}
