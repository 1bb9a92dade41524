using Sim.Models.Flow.Compilation;
using Sim.Models.Flow.Stations;
using Sim.Models.Kpis;

namespace Sim.Models.Flow;

/// <summary>Closes a replication's statistics and assembles its <see cref="ReplicationKpis"/>. Stateless.</summary>
internal static class ResultBuilder
{
    /// <summary>
    /// Books the open departures' cost shares, closes the stock points' statistics, and returns the
    /// groups (all, each mode, each market, each mode in each market, in scenario order), warehouses
    /// and resources (whose statistics closed at the horizon).
    /// </summary>
    public static ReplicationKpis Build(CompiledNetwork network, StationSet stations, Replenishment stock, ParcelGroupKpis[] groups, ParcelTable parcels, RunFigures run)
    {
        CountInFlight(parcels, groups);
        foreach (var line in stations.Lines)
        {
            line.BookShare(groups, line.Close());
        }

        var warehouses = stock.Finish(groups);
        return new ReplicationKpis(run.Replication, Aggregate(network, groups), warehouses, stations.Resources)
        {
            Currency = network.Scenario.Currency,
            ParcelsSimulated = run.ParcelsSimulated,
            PeakParcelsInFlight = run.PeakParcelsInFlight,
            EventsHandled = run.EventsHandled,
            SimulatedDays = run.SimulatedDays,
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

    /// <summary>The groups in scenario order: all, each mode, each market, then each mode in each market.</summary>
    private static List<ParcelGroupKpis> Aggregate(CompiledNetwork network, ParcelGroupKpis[] groups)
    {
        var index = new Dictionary<GroupKey, int>();
        for (int i = 0; i < groups.Length; i++)
        {
            index.Add(groups[i].Key, i);
        }

        var scenario = network.Scenario;
        var all = new ParcelGroupKpis(GroupKey.All);
        var byMode = new List<ParcelGroupKpis>();
        var byMarket = new List<ParcelGroupKpis>();
        var byBoth = new List<ParcelGroupKpis>();
        foreach (var mode in scenario.Modes)
        {
            ParcelGroupKpis? modeGroup = null;
            foreach (var market in scenario.Markets)
            {
                if (index.TryGetValue(GroupKey.Of(GroupDimension.Mode, mode.Id).With(GroupDimension.Market, market.Code), out int i))
                {
                    modeGroup ??= new ParcelGroupKpis(GroupKey.Of(GroupDimension.Mode, mode.Id));
                    modeGroup.Merge(groups[i]);
                    all.Merge(groups[i]);
                    byBoth.Add(groups[i]);
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
                if (index.TryGetValue(GroupKey.Of(GroupDimension.Mode, mode.Id).With(GroupDimension.Market, market.Code), out int i))
                {
                    marketGroup ??= new ParcelGroupKpis(GroupKey.Of(GroupDimension.Market, market.Code));
                    marketGroup.Merge(groups[i]);
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
