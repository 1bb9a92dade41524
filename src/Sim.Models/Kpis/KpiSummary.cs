using Sim.Engine.Statistics;

namespace Sim.Models.Kpis;

/// <summary>
/// The merged result of several replications: for every group and KPI, the mean over replications
/// and a 95% Student-t confidence half-width (<see cref="Rows"/>), and the pooled record of all
/// replications (<see cref="Pooled"/>). Rows come in a deterministic order: order groups (as in
/// <see cref="ReplicationKpis.Groups"/>) with their KPIs in a fixed order, then warehouses, then resources.
/// Immutable and thread-safe.
/// </summary>
public sealed class KpiSummary
{
    private KpiSummary(IReadOnlyList<KpiRow> rows, IReadOnlyList<double[]> replicationValues, ReplicationKpis pooled, int replications)
    {
        Rows = rows;
        ReplicationValues = replicationValues;
        Pooled = pooled;
        Replications = replications;
    }

    /// <summary>Every KPI row.</summary>
    public IReadOnlyList<KpiRow> Rows { get; }

    /// <summary>
    /// The value of every row in every replication: element [r][i] is row r of <see cref="Rows"/> in
    /// replication i (in replication order), NaN where that replication does not define it (no
    /// orders in the group, say). The row's mean and interval are over the finite values.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<double>> ReplicationValues { get; }

    /// <summary>All replications pooled into one record (counts and sums added, histograms merged).</summary>
    public ReplicationKpis Pooled { get; }

    /// <summary>The number of replications merged.</summary>
    public int Replications { get; }

    /// <summary>
    /// One warning per mode in a market (in row order, over the whole run) in which more than <see cref="InFlightWarningShare"/>
    /// of the orders, pooled over replications, were still in flight when the run ended: its on-time
    /// rate and costs then describe only part of its orders. (A larger group, such as a mode in every
    /// market, can only pass the share when one of its modes in a market does.)
    /// </summary>
    public IReadOnlyList<string> InFlightWarnings =>
    [
        .. Pooled.Groups
            .Where(g => g.Key.Mode is not null && g.Key.Market is not null && g.Key[GroupDimension.Period] is null && g.Orders > 0 && g.InFlightAtEnd > InFlightWarningShare * g.Orders)
            .Select(g => string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{g.Key}: {100.0 * g.InFlightAtEnd / g.Orders:0.#}% of the orders ({g.InFlightAtEnd} of {g.Orders} over {Replications} replications) were still in flight when the run ended: the capacity of a station on the way may be below its demand"))
    ];

    /// <summary>The share of a group's orders in flight at the end above which <see cref="InFlightWarnings"/> warns: 1%.</summary>
    public static double InFlightWarningShare => 0.01;

    /// <summary>The row of <paramref name="kpi"/> in <paramref name="group"/>, or null.</summary>
    /// <param name="group">The group key.</param>
    /// <param name="kpi">The KPI name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public KpiRow? Find(GroupKey group, string kpi)
    {
        ArgumentNullException.ThrowIfNull(group);
        return Find(group.ToString(), kpi);
    }

    /// <summary>The row of <paramref name="kpi"/> in the group whose key's text form is <paramref name="group"/>, or null.</summary>
    /// <param name="group">The group key's text form, as in <see cref="KpiRow.Group"/>.</param>
    /// <param name="kpi">The KPI name.</param>
    public KpiRow? Find(string group, string kpi)
    {
        foreach (var row in Rows)
        {
            if (row.Group == group && row.Kpi == kpi)
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>Merges the KPIs of replications into rows with confidence intervals.</summary>
    /// <param name="replications">One record per replication, at least one, in replication order.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="replications"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="replications"/> is empty.</exception>
    public static KpiSummary FromReplications(IReadOnlyList<ReplicationKpis> replications)
    {
        ArgumentNullException.ThrowIfNull(replications);
        if (replications.Count == 0)
        {
            throw new ArgumentException("At least one replication is needed.", nameof(replications));
        }

        var pooled = replications[0];
        for (int i = 1; i < replications.Count; i++)
        {
            pooled = pooled.Merge(replications[i]);
        }

        var rows = new List<KpiRow>();
        var values = new List<double[]>();
        foreach (var group in pooled.Groups)
        {
            AddRows(rows, values, group.Key, KpiCatalogue.Parcel, replications, r => r.Group(group.Key));
        }

        foreach (var warehouse in pooled.Warehouses)
        {
            AddRows(rows, values, warehouse.Key, KpiCatalogue.Warehouse, replications, r => r.Warehouse(warehouse.Key));
        }

        foreach (var resource in pooled.Resources)
        {
            AddRows(rows, values, resource.Key, KpiCatalogue.Resource(resource.Kind), replications, r => r.Resource(resource.Key));
        }

        return new KpiSummary(rows, values, pooled, replications.Count);
    }

    private static void AddRows<T>(List<KpiRow> rows, List<double[]> replicationValues, GroupKey group, IReadOnlyList<KpiDefinition<T>> kpis, IReadOnlyList<ReplicationKpis> replications, Func<ReplicationKpis, T?> select)
        where T : class
    {
        // Each replication's record is found once per group, not once per KPI: the lookup is a scan,
        // and this merge runs serially after the parallel replications.
        var records = new T?[replications.Count];
        for (int i = 0; i < replications.Count; i++)
        {
            records[i] = select(replications[i]);
        }

        foreach (var kpi in kpis)
        {
            var values = new Tally();
            var perReplication = new double[replications.Count];
            for (int i = 0; i < replications.Count; i++)
            {
                var record = records[i];
                double value = record is null ? kpi.WhenAbsent : kpi.Value(record);
                perReplication[i] = double.IsFinite(value) ? value : double.NaN;
                if (double.IsFinite(value))
                {
                    values.Add(value);
                }
            }

            replicationValues.Add(perReplication);

            double halfWidth = values.Count < 2 ? double.NaN : ReplicationSummary.FromTally(values).HalfWidth;
            string unit = kpi.Unit.Replace(KpiCatalogue.Currency, replications[0].Currency, StringComparison.Ordinal);
            rows.Add(new KpiRow(group.ToString(), kpi.Name, unit, values.Mean, halfWidth, (int)values.Count));
        }
    }
}
