using Sim.Models.Kpis;

namespace Sim.Runner.Studies;

/// <summary>
/// Every KPI of a run in every replication (what <c>replications.csv</c> holds): row r, replication
/// i; NaN where a replication does not define the KPI. Rows keep the order of the run's KPI rows.
/// Immutable after construction; thread-safe for reading.
/// </summary>
internal sealed class ReplicationTable
{
    private readonly IReadOnlyList<IReadOnlyList<double>> _values;
    private readonly Dictionary<(string Group, string Kpi), int> _index = [];

    /// <summary>Creates a table.</summary>
    /// <param name="keys">The rows' KPIs, each (group, KPI) once.</param>
    /// <param name="values">Per row, one value per replication, all of length <paramref name="replications"/>.</param>
    /// <param name="replications">The number of replications, zero or more.</param>
    /// <exception cref="ArgumentException">The lengths disagree or a (group, KPI) repeats.</exception>
    public ReplicationTable(IReadOnlyList<KpiKey> keys, IReadOnlyList<IReadOnlyList<double>> values, int replications)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replications);
        if (keys.Count != values.Count || values.Any(v => v.Count != replications))
        {
            throw new ArgumentException("Every row needs one value per replication.", nameof(values));
        }

        for (int r = 0; r < keys.Count; r++)
        {
            if (!_index.TryAdd((keys[r].Group, keys[r].Kpi), r))
            {
                throw new ArgumentException($"The KPI {keys[r].Kpi} of {keys[r].Group} appears twice.", nameof(keys));
            }
        }

        Keys = keys;
        _values = values;
        Replications = replications;
    }

    /// <summary>The rows' KPIs, in order.</summary>
    public IReadOnlyList<KpiKey> Keys { get; }

    /// <summary>The number of replications.</summary>
    public int Replications { get; }

    /// <summary>The table of a run's merged KPIs.</summary>
    public static ReplicationTable FromSummary(KpiSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var keys = summary.Rows.Select(r => new KpiKey(r.Group, r.Kpi, r.Unit)).ToList();
        return new ReplicationTable(keys, summary.ReplicationValues, summary.Replications);
    }

    /// <summary>The rows whose (group, KPI) is among <paramref name="rows"/>, in this table's order.</summary>
    public ReplicationTable Only(IEnumerable<KpiRow> rows)
    {
        var wanted = rows.Select(r => (r.Group, r.Kpi)).ToHashSet();
        var keep = Enumerable.Range(0, Keys.Count).Where(r => wanted.Contains((Keys[r].Group, Keys[r].Kpi))).ToList();
        return new ReplicationTable([.. keep.Select(r => Keys[r])], [.. keep.Select(r => _values[r])], Replications);
    }

    /// <summary>The values of row <paramref name="row"/>, one per replication.</summary>
    public IReadOnlyList<double> ValuesOf(int row) => _values[row];

    /// <summary>The row of (<paramref name="group"/>, <paramref name="kpi"/>), or -1.</summary>
    public int IndexOf(string group, string kpi) => _index.TryGetValue((group, kpi), out int row) ? row : -1;
}
