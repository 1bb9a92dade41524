using Sim.Models.Flow.Compilation;
using Sim.Models.Flow.Stations;
using Sim.Models.Kpis;

namespace Sim.Models.Flow;

/// <summary>Closes a replication's statistics and assembles its <see cref="ReplicationKpis"/>. Stateless.</summary>
internal static class ResultBuilder
{
    /// <summary>
    /// Books the open departures' cost shares, closes the stock points' statistics, shares each
    /// warehouse's costs out among the markets it serves, and returns the groups (all, each mode, each
    /// market, each mode in each market, in scenario order; then the same per report period), warehouses
    /// and resources (whose statistics closed at the horizon).
    /// </summary>
    public static ReplicationKpis Build(CompiledNetwork network, StationSet stations, Replenishment stock, ParcelGroupKpis[] groups, GroupLayout layout, ParcelTable parcels, RunFigures run, ParcelTrace? trace)
    {
        CountInFlight(parcels, groups);
        foreach (var line in stations.Lines)
        {
            line.Close(groups);
        }

        var warehouses = stock.Finish(groups);
        WarehouseCostShares.Distribute(network, layout, groups);
        return new ReplicationKpis(run.Replication, Aggregate(network, layout, groups), warehouses, stations.Resources)
        {
            Currency = network.Scenario.Currency,
            ParcelsSimulated = run.ParcelsSimulated,
            PeakParcelsInFlight = run.PeakParcelsInFlight,
            EventsHandled = run.EventsHandled,
            SimulatedDays = run.SimulatedDays,
            Trace = trace?.Finish() ?? [],
        };
    }

    /// <summary>Counts the measured orders still in flight (not returns, whose orders are already returned, nor shipments).</summary>
    private static void CountInFlight(ParcelTable parcels, ParcelGroupKpis[] groups)
    {
        foreach (int slot in parcels.SlotsInUse())
        {
            ref var row = ref parcels[slot];
            if (row.Measured && row.Group >= 0 && (row.Flags & (ParcelFlags.Return | ParcelFlags.Shipment)) == 0)
            {
                groups[row.Group].InFlightAtEnd++;
            }
        }
    }

    /// <summary>What a run did, besides its KPIs.</summary>
    /// <param name="Replication">The replication index.</param>
    /// <param name="ParcelsSimulated">Orders and shipments created.</param>
    /// <param name="PeakParcelsInFlight">The most parcel rows in use at once.</param>
    /// <param name="EventsHandled">Events the simulator handled.</param>
    /// <param name="SimulatedDays">Days simulated, drain included.</param>
    internal readonly record struct RunFigures(int Replication, long ParcelsSimulated, long PeakParcelsInFlight, long EventsHandled, double SimulatedDays);

    /// <summary>The whole run's groups, then, with several report periods, each period's.</summary>
    private static List<ParcelGroupKpis> Aggregate(CompiledNetwork network, GroupLayout layout, ParcelGroupKpis[] groups)
    {
        var whole = new ParcelGroupKpis[layout.BaseGroups];
        for (int b = 0; b < whole.Length; b++)
        {
            whole[b] = layout.Periods == 1 ? groups[b] : new ParcelGroupKpis(network.Groups[b]);
            for (int p = 0; p < layout.Periods && layout.Periods > 1; p++)
            {
                whole[b].Merge(groups[layout.OrderGroup(b, p)]);
            }
        }

        var result = Aggregate(network, whole, GroupKey.All);
        for (int p = 0; p < layout.Periods && layout.Periods > 1; p++)
        {
            var period = Enumerable.Range(0, layout.BaseGroups).Select(b => groups[layout.OrderGroup(b, p)]).ToArray();
            result.AddRange(Aggregate(network, period, layout.WithPeriod(GroupKey.All, p)));
        }

        return result;
    }

    /// <summary>
    /// The groups in scenario order: all, each mode, each market, then each mode in each market, each key
    /// with the dimensions of <paramref name="scope"/> (none, or a period); <paramref name="byBase"/> holds
    /// the (mode, market) records by group index.
    /// </summary>
    private static List<ParcelGroupKpis> Aggregate(CompiledNetwork network, ParcelGroupKpis[] byBase, GroupKey scope)
    {
        var index = new Dictionary<(string Mode, string Market), int>();
        for (int i = 0; i < byBase.Length; i++)
        {
            index.Add(network.GroupModes[i], i);
        }

        GroupKey Scoped(GroupDimension dimension, string value) => scope.With(dimension, value);
        var scenario = network.Scenario;
        var all = new ParcelGroupKpis(scope);
        var byMode = new List<ParcelGroupKpis>();
        var byMarket = new List<ParcelGroupKpis>();
        var byBoth = new List<ParcelGroupKpis>();
        foreach (var mode in scenario.Modes)
        {
            ParcelGroupKpis? modeGroup = null;
            foreach (var market in scenario.Markets)
            {
                if (index.TryGetValue((mode.Id, market.Code), out int i))
                {
                    modeGroup ??= new ParcelGroupKpis(Scoped(GroupDimension.Mode, mode.Id));
                    modeGroup.Merge(byBase[i]);
                    all.Merge(byBase[i]);
                    byBoth.Add(byBase[i]);
                }
            }

            if (modeGroup is not null)
            {
                byMode.Add(modeGroup);
            }
        }

        foreach (var market in scenario.Markets)
        {
            ParcelGroupKpis? marketGroup = null;
            foreach (var mode in scenario.Modes)
            {
                if (index.TryGetValue((mode.Id, market.Code), out int i))
                {
                    marketGroup ??= new ParcelGroupKpis(Scoped(GroupDimension.Market, market.Code));
                    marketGroup.Merge(byBase[i]);
                }
            }

            if (marketGroup is not null)
            {
                byMarket.Add(marketGroup);
            }
        }

        return [all, .. byMode, .. byMarket, .. byBoth];
    }
}
