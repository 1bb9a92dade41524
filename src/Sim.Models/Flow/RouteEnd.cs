using Sim.Models.Flow.Compilation;
using Sim.Models.Flow.Effects;

namespace Sim.Models.Flow;

/// <summary>
/// A parcel at the end of its route: a replenishment shipment is received into stock (at its own
/// time: stock changes happen in time order; every order of a load at once), a return reaches its destination, an order reaches its
/// customer (its delivery is recorded, then it is kept or returned). Not thread-safe.
/// </summary>
internal sealed class RouteEnd
{
    private readonly ParcelFlowModel _model;
    private readonly CompiledNetwork _network;
    private readonly Replenishment _stock;
    private readonly ReturnHandler _returns;

    public RouteEnd(ParcelFlowModel model, CompiledNetwork network, Replenishment stock, ReturnHandler returns)
    {
        _model = model;
        _network = network;
        _stock = stock;
        _returns = returns;
    }

    /// <summary>The parcel in <paramref name="slot"/> ends its route at <paramref name="ticks"/> (now or later).</summary>
    public void Reached(int slot, long ticks)
    {
        ref var row = ref _model.Parcels[slot];
        if ((row.Flags & ParcelFlags.Shipment) != 0)
        {
            if (ticks > _model.NowTicks)
            {
                // Stock changes must happen in time order: wait for the arrival.
                _model.Schedule(ticks, ParcelFlowModel.KindArrive, slot);
                return;
            }

            if (_model.Consolidation.Unload(slot) is { } load)
            {
                ReceiveLoad(slot, load);
                return;
            }

            Receive(slot, row.Cost);
            return;
        }

        var group = row.Measured && row.Group >= 0 ? _model.Groups[row.Group] : null;
        if ((row.Flags & ParcelFlags.Return) != 0)
        {
            _returns.Arrived(slot, ticks, group);
            return;
        }

        if ((row.Flags & ParcelFlags.Traced) != 0)
        {
            _model.Trace!.Ended(slot, ref row, "delivered", ticks);
        }

        if (group is not null)
        {
            DeliveryEffect.Record(group, ref row, _network.Products[row.Product], _network.Routes[row.Route].Milestones, ticks);
        }

        _returns.Delivered(slot, ticks, group);
    }

    /// <summary>Every order of a load is received with its own cost plus its volume share of what the load paid together.</summary>
    private void ReceiveLoad(int leader, ShipmentLoad load)
    {
        double shared = _model.Parcels[leader].Cost - load.LeaderCostAtMerge;
        Receive(leader, load.LeaderCostAtMerge + (shared * Share(leader, load)));
        foreach (int rider in load.Riders)
        {
            Receive(rider, _model.Parcels[rider].Cost + (shared * Share(rider, load)));
        }

        _model.Consolidation.Recycle(load);
    }

    private double Share(int slot, ShipmentLoad load)
    {
        ref var row = ref _model.Parcels[slot];
        return load.VolumeM3 > 0 ? row.Units * _network.Products[row.Product].VolumeM3 / load.VolumeM3 : (double)row.Units / load.Units;
    }

    private void Receive(int slot, double landedCost)
    {
        ref var row = ref _model.Parcels[slot];
        int stockPoint = row.StockPoint;
        int units = row.Units;
        long ordered = row.OrderTicks;
        bool measured = row.Measured;
        _model.Free(slot);
        _stock.ReceiveShipment(stockPoint, units, landedCost / units, ordered, measured);
    }
}
