using Sim.Engine.Randomness;
using Sim.Engine.Time;
using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;

namespace Sim.Models.Flow;

/// <summary>
/// Returns of one replication: whether a delivered B2C order is returned (its product's return rate),
/// where it goes (the market's warehouse or the origin), and what happens when it gets there
/// (inspection, restocking). Draws on a stream per KPI group (<c>returns/MODE/MARKET</c>). Not
/// thread-safe.
/// </summary>
internal sealed class ReturnHandler
{
    private readonly ParcelFlowModel _model;
    private readonly CompiledNetwork _network;
    private readonly RandomStream[] _rngs;

    public ReturnHandler(ParcelFlowModel model, CompiledNetwork network, ReplicationStreams streams)
    {
        _model = model;
        _network = network;
        _rngs = [.. network.GroupModes.Select(g => streams.Stream("returns/" + g.Mode + "/" + g.Market))];
    }

    /// <summary>
    /// The order in <paramref name="slot"/> was delivered at <paramref name="ticks"/>: it is kept (its
    /// row is freed) or returned (it goes on along its reverse route).
    /// </summary>
    public void Delivered(int slot, long ticks, ParcelGroupKpis? group)
    {
        ref var row = ref _model.Parcels[slot];
        var product = _network.Products[row.Product];
        var rules = _network.ReturnsByMarket[_network.Routes[row.Route].MarketRules.Index];
        var rng = _rngs[row.Group];
        bool returned = (row.Flags & ParcelFlags.B2b) == 0 && rules is not null && product.ReturnRate > 0 && rng.NextUnit() < product.ReturnRate;
        if (!returned)
        {
            if (group is not null)
            {
                group.Delivered++;
            }

            _model.Free(slot);
            return;
        }

        if (group is not null)
        {
            group.Returned++;
            group.ReturnsCost += rules!.HandlingCost;
        }

        bool toWarehouse = rules!.ShareToWarehouse > 0 && rng.NextUnit() < rules.ShareToWarehouse;
        int route = toWarehouse ? rules.WarehouseRouteByGroup[row.Group] : rules.OriginRouteByGroup[row.Group];
        if (route < 0)
        {
            _model.Free(slot);
            return;
        }

        row.Route = route;
        row.Leg = 0;
        row.FlowStartTicks = ticks;
        row.Flags |= ParcelFlags.Return | (toWarehouse ? ParcelFlags.ToWarehouse : ParcelFlags.None);
        row.StockPoint = toWarehouse ? _network.Warehouses[rules.Warehouse].StockPointByProduct[row.Product] : -1;
        _model.Advance(slot, ticks);
    }

    /// <summary>The return in <paramref name="slot"/> reached its destination at <paramref name="ticks"/>: inspected and maybe restocked at a warehouse; its cycle time is recorded and its row freed.</summary>
    public void Arrived(int slot, long ticks, ParcelGroupKpis? group)
    {
        ref var row = ref _model.Parcels[slot];
        long end = ticks;
        if ((row.Flags & ParcelFlags.ToWarehouse) != 0)
        {
            var rules = _network.ReturnsByMarket[_network.Routes[row.Route].MarketRules.Index]!;
            var rng = _rngs[row.Group];
            end += rules.Inspection.Sample(rng);
            bool restock = rng.NextUnit() < rules.RestockProbability;
            if (restock && row.StockPoint >= 0)
            {
                _model.Schedule(end, ParcelFlowModel.KindRestock, row.StockPoint);
            }
        }

        group?.ReturnCycleDays.Add((double)(end - row.FlowStartTicks) / SimDuration.TicksPerDay);
        _model.Free(slot);
    }
}
