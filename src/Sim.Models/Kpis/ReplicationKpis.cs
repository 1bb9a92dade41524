namespace Sim.Models.Kpis;

/// <summary>
/// Everything one replication of the parcel-flow model measured: per order group
/// (<see cref="Groups"/>), per warehouse and stock point (<see cref="Warehouses"/>) and per resource
/// (<see cref="Resources"/>), in a deterministic order (the scenario's order of modes, markets,
/// warehouses and nodes), plus run figures. Replications (or shards of one study) merge exactly with
/// <see cref="Merge"/>. Not thread-safe while being built; read-only use from several threads is safe.
/// </summary>
public sealed class ReplicationKpis
{
    /// <summary>Creates a record from its parts.</summary>
    /// <param name="replication">The replication index (or -1 for a merge of several).</param>
    /// <param name="groups">Order groups, keys unique.</param>
    /// <param name="warehouses">Warehouse and stock-point records, keys unique.</param>
    /// <param name="resources">Resource records, keys unique.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    public ReplicationKpis(int replication, IReadOnlyList<ParcelGroupKpis> groups, IReadOnlyList<WarehouseKpis> warehouses, IReadOnlyList<ResourceKpis> resources)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(warehouses);
        ArgumentNullException.ThrowIfNull(resources);
        Replication = replication;
        Groups = groups;
        Warehouses = warehouses;
        Resources = resources;
    }

    /// <summary>The replication index; -1 for a merge of several.</summary>
    public int Replication { get; }

    /// <summary>Order groups: <c>all</c>, then <c>mode=M</c>, <c>market=K</c> and <c>mode=M;market=K</c> in scenario order.</summary>
    public IReadOnlyList<ParcelGroupKpis> Groups { get; }

    /// <summary>Warehouses (<c>warehouse=W</c>) each followed by its stock points (<c>warehouse=W;product=P</c>).</summary>
    public IReadOnlyList<WarehouseKpis> Warehouses { get; }

    /// <summary>Servers, daily-throughput legs, departure lines and customs points.</summary>
    public IReadOnlyList<ResourceKpis> Resources { get; }

    /// <summary>ISO 4217 code of every money amount (the scenario's currency); <c>USD</c> unless set.</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>Orders and replenishment shipments created, including the warm-up (a return reuses its order's row).</summary>
    public long ParcelsSimulated { get; init; }

    /// <summary>The most parcel-table rows in use at once (orders, returns and shipments in flight).</summary>
    public long PeakParcelsInFlight { get; init; }

    /// <summary>Events handled by the simulator.</summary>
    public long EventsHandled { get; init; }

    /// <summary>Simulated days, to the end of the drain after the horizon.</summary>
    public double SimulatedDays { get; init; }

    /// <summary>The milestone times of the replication's sampled orders, in order of placing; empty without a trace sample. Not merged.</summary>
    public IReadOnlyList<ParcelTraceRow> Trace { get; init; } = [];

    /// <summary>The group with key <paramref name="key"/>, or null.</summary>
    /// <param name="key">A group key such as <c>mode=express</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public ParcelGroupKpis? Group(GroupKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (var group in Groups)
        {
            if (group.Key == key)
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>The group whose key has the text form <paramref name="key"/>, or null.</summary>
    /// <param name="key">A group key's text form such as <c>mode=express;market=US</c>.</param>
    /// <exception cref="FormatException"><paramref name="key"/> is not a group key's text form.</exception>
    public ParcelGroupKpis? Group(string key) => Group(GroupKey.Parse(key));

    /// <summary>The warehouse or stock-point record with key <paramref name="key"/>, or null.</summary>
    /// <param name="key">A key such as <c>warehouse=us-la-warehouse</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public WarehouseKpis? Warehouse(GroupKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (var warehouse in Warehouses)
        {
            if (warehouse.Key == key)
            {
                return warehouse;
            }
        }

        return null;
    }

    /// <summary>The warehouse or stock-point record whose key has the text form <paramref name="key"/>, or null.</summary>
    /// <param name="key">A key's text form such as <c>warehouse=us-la-warehouse;product=home</c>.</param>
    /// <exception cref="FormatException"><paramref name="key"/> is not a group key's text form.</exception>
    public WarehouseKpis? Warehouse(string key) => Warehouse(GroupKey.Parse(key));

    /// <summary>The resource record with key <paramref name="key"/>, or null.</summary>
    /// <param name="key">A key such as <c>servers=szx-airport</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public ResourceKpis? Resource(GroupKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (var resource in Resources)
        {
            if (resource.Key == key)
            {
                return resource;
            }
        }

        return null;
    }

    /// <summary>
    /// Pools this record and <paramref name="other"/> into a new one: records with the same key merge,
    /// keys found in only one are copied, in this record's order then the other's new keys.
    /// Neither input changes.
    /// </summary>
    /// <param name="other">The record to pool with.</param>
    /// <returns>The pooled record, replication index -1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The two records are in different currencies.</exception>
    public ReplicationKpis Merge(ReplicationKpis other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Currency != Currency)
        {
            throw new ArgumentException($"Cannot merge KPIs in {other.Currency} into KPIs in {Currency}.", nameof(other));
        }
        return new ReplicationKpis(
            -1,
            MergeByKey(Groups, other.Groups, g => g.Key, g => new ParcelGroupKpis(g.Key), (a, b) => a.Merge(b)),
            MergeByKey(Warehouses, other.Warehouses, w => w.Key, w => new WarehouseKpis(w.Key), (a, b) => a.Merge(b)),
            MergeByKey(Resources, other.Resources, r => r.Key, r => new ResourceKpis(r.Key, r.Kind, r.Capacity), (a, b) => a.Merge(b)))
        {
            Currency = Currency,
            ParcelsSimulated = ParcelsSimulated + other.ParcelsSimulated,
            PeakParcelsInFlight = Math.Max(PeakParcelsInFlight, other.PeakParcelsInFlight),
            EventsHandled = EventsHandled + other.EventsHandled,
            SimulatedDays = SimulatedDays + other.SimulatedDays,
        };
    }

    private static List<T> MergeByKey<T>(IReadOnlyList<T> first, IReadOnlyList<T> second, Func<T, GroupKey> key, Func<T, T> create, Action<T, T> merge)
    {
        var result = new List<T>();
        var byKey = new Dictionary<GroupKey, T>();
        foreach (var source in new[] { first, second })
        {
            foreach (var item in source)
            {
                if (!byKey.TryGetValue(key(item), out var target))
                {
                    target = create(item);
                    byKey.Add(key(item), target);
                    result.Add(target);
                }

                merge(target, item);
            }
        }

        return result;
    }
}
