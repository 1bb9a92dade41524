using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;

namespace Sim.Models.Flow;

/// <summary>
/// Where a replication counts: one order record per (mode, market) group and report period, then one
/// cost sink per warehouse and period, which gathers what a warehouse's stock costs (replenishment,
/// holding, overflow, fixed cost) until the end of the run shares it out among the groups of the
/// markets the warehouse serves. A row's <see cref="ParcelRow.Group"/> is an index into
/// <see cref="Create"/>'s array. Immutable and thread-safe.
/// </summary>
internal sealed class GroupLayout
{
    private readonly CompiledNetwork _network;

    public GroupLayout(CompiledNetwork network)
    {
        _network = network;
        BaseGroups = network.Groups.Count;
        Periods = network.Periods.Length;
        OrderGroups = BaseGroups * Periods;
    }

    /// <summary>The (mode, market) groups of the compiled network.</summary>
    public int BaseGroups { get; }

    /// <summary>The report periods (1 when nothing is reported per period).</summary>
    public int Periods { get; }

    /// <summary>The order records: base groups × periods; the sinks follow them.</summary>
    public int OrderGroups { get; }

    /// <summary>The record of orders of <paramref name="baseGroup"/> placed in <paramref name="period"/>.</summary>
    public int OrderGroup(int baseGroup, int period) => (baseGroup * Periods) + period;

    /// <summary>The (mode, market) group of an order record.</summary>
    public int BaseOf(int group) => group / Periods;

    /// <summary>The report period of an order record.</summary>
    public int PeriodOf(int group) => group % Periods;

    /// <summary>The cost sink of <paramref name="warehouse"/> in <paramref name="period"/>.</summary>
    public int Sink(int warehouse, int period) => OrderGroups + (warehouse * Periods) + period;

    /// <summary>The records, keyed <c>mode=M;market=K</c> (with <c>;period=P</c> when there are periods), then the sinks.</summary>
    public ParcelGroupKpis[] Create()
    {
        var records = new ParcelGroupKpis[OrderGroups + (_network.Warehouses.Length * Periods)];
        for (int b = 0; b < BaseGroups; b++)
        {
            for (int p = 0; p < Periods; p++)
            {
                records[OrderGroup(b, p)] = new ParcelGroupKpis(WithPeriod(_network.Groups[b], p));
            }
        }

        for (int w = 0; w < _network.Warehouses.Length; w++)
        {
            for (int p = 0; p < Periods; p++)
            {
                records[Sink(w, p)] = new ParcelGroupKpis(WithPeriod(_network.Warehouses[w].Key, p));
            }
        }

        return records;
    }

    /// <summary><paramref name="key"/> with the period dimension when there are several periods.</summary>
    public GroupKey WithPeriod(GroupKey key, int period) =>
        Periods == 1 ? key : key.With(GroupDimension.Period, _network.Periods[period].Name);
}
