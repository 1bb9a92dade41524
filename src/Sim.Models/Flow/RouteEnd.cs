using Sim.Models.Flow.Compilation;
using Sim.Models.Flow.Effects;

namespace Sim.Models.Flow;

/// <summary>
/// A parcel at the end of its route: a replenishment shipment is received into stock (at its own
/// time: stock changes happen in time order), a return reaches its destination, an order reaches its
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

            int stockPoint = row.StockPoint;
            int units = row.Units;
            _model.Free(slot);
            _stock.Receive(stockPoint, units, fromReplenishment: true);
            return;
        }

        var group = row.Measured && row.Group >= 0 ? _model.Groups[row.Group] : null;
        if ((row.Flags & ParcelFlags.Return) != 0)
        {
            _returns.Arrived(slot, ticks, group);
            return;
        }

        if (group is not null)
        {
            DeliveryEffect.Record(group, ref row, _network.Products[row.Product], ticks);
        }

        _returns.Delivered(slot, ticks, group);
    }
}
