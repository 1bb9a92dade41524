using Sim.Models.Kpis;
using Sim.Models.Network;

namespace Sim.Models.Flow;

/// <content>Closing the statistics and assembling the replication's KPIs.</content>
public sealed partial class ParcelFlowModel
{
    private ReplicationKpis Results()
    {
        double now = HoursNow;
        double observed = Math.Max(0, now - (_warmUpTicks / (double)Engine.Time.SimDuration.TicksPerHour));
        foreach (var station in _lineList)
        {
            BookShipmentShare(station, station.Close());
            var line = station.Line;
            line.FinishStatistics();
            station.Kpis.ObservedHours = observed;

            // Little's law: the mean number waiting is the total wait over the time observed (in
            // parcels, whatever unit the line's capacity is in).
            station.Kpis.QueueArea = line.Waits.Sum;
            station.Kpis.WaitHours.Merge(line.Waits);
            if (station.IsCapacitated)
            {
                station.Kpis.LoadFactor.Merge(line.LoadFactor);
            }
        }

        foreach (var (pool, kpis) in _poolKpis)
        {
            pool.FinishStatistics();
            kpis.ObservedHours = observed;
            kpis.BusyArea = pool.BusyServers.Area;
            kpis.QueueArea = pool.QueueLength.Area;
            kpis.WaitHours.Merge(pool.Waits);
        }

        foreach (var quota in _quotas.Values)
        {
            quota.Kpis.ObservedHours = observed;
        }

        foreach (var customs in _customsKpis.Values)
        {
            customs.ObservedHours = observed;
        }

        var warehouses = new List<WarehouseKpis>();
        foreach (var warehouse in _warehouses)
        {
            var points = new List<WarehouseKpis>();
            foreach (int index in warehouse.StockPointByProduct)
            {
                if (index < 0)
                {
                    continue;
                }

                double holding = _stockPoints[index].Stock.FinishStatistics(now);
                if (warehouse.Group >= 0)
                {
                    _groups[warehouse.Group].AddCost(CostCategory.Warehousing, holding);
                }

                warehouse.Kpis.AddStockPoint(_stockPoints[index].Stock.Kpis);
                points.Add(_stockPoints[index].Stock.Kpis);
            }

            warehouses.Add(warehouse.Kpis);
            warehouses.AddRange(points);
        }

        return new ReplicationKpis(_replication, AggregateGroups(), warehouses, _resources)
        {
            Currency = _scenario.Currency,
            ParcelsSimulated = _parcels.Allocated,
            PeakParcelsInFlight = _parcels.PeakInUse,
            EventsHandled = _simulator.EventsHandled,
            SimulatedDays = _simulator.Now.TotalDays,
        };
    }

    /// <summary>The groups in scenario order: all, each mode, each market, then each mode in each market.</summary>
    private List<ParcelGroupKpis> AggregateGroups()
    {
        var all = new ParcelGroupKpis(GroupKey.All);
        var byMode = new List<ParcelGroupKpis>();
        var byMarket = new List<ParcelGroupKpis>();
        var byBoth = new List<ParcelGroupKpis>();
        foreach (var mode in _scenario.Modes)
        {
            ParcelGroupKpis? modeGroup = null;
            foreach (var market in _scenario.Markets)
            {
                if (_groupIndex.TryGetValue((mode.Id, market.Code), out int index))
                {
                    modeGroup ??= new ParcelGroupKpis(GroupKey.Of(GroupDimension.Mode, mode.Id));
                    modeGroup.Merge(_groups[index]);
                    all.Merge(_groups[index]);
                    byBoth.Add(_groups[index]);
                }
            }

            if (modeGroup is not null)
            {
                byMode.Add(modeGroup);
            }
        }

        foreach (var market in _scenario.Markets)
        {
            ParcelGroupKpis? marketGroup = null;
            foreach (var mode in _scenario.Modes)
            {
                if (_groupIndex.TryGetValue((mode.Id, market.Code), out int index))
                {
                    marketGroup ??= new ParcelGroupKpis(GroupKey.Of(GroupDimension.Market, market.Code));
                    marketGroup.Merge(_groups[index]);
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
