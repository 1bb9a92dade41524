using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;
using Sim.Models.Network;

namespace Sim.Models.Flow.Effects;

/// <summary>
/// What happens when a parcel ends a leg, in this order: customs (clearance delay, seizure, then the
/// duties and taxes of an import, paid on release), cost, emissions, tracking, loss and damage. A
/// parcel seized at a customs leg pays neither that leg nor duties; a parcel lost on a leg has paid it.
/// A parcel seized or lost reaches its terminal state here, the value of its goods is counted as lost,
/// and its row is freed; so is one whose leg would end after the run has ended (it counts as in flight
/// at the end). A shipment carrying a load of several orders pays, is cleared and is lost as one, on the
/// load's totals. Allocates nothing. Not thread-safe.
/// </summary>
internal sealed class LegEnd
{
    private readonly ParcelFlowModel _model;
    private readonly CompiledNetwork _network;
    private readonly Replenishment _stock;

    public LegEnd(ParcelFlowModel model, CompiledNetwork network, Replenishment stock)
    {
        _model = model;
        _network = network;
        _stock = stock;
    }

    /// <summary>The parcel in <paramref name="slot"/> ends <paramref name="leg"/> at <paramref name="end"/>; returns when it leaves the leg, or -1 when it was lost or seized (and freed).</summary>
    public long Complete(int slot, LegRuntime leg, long end)
    {
        ref var row = ref _model.Parcels[slot];
        if (end > _model.EndTicks)
        {
            // A leg of pure delays is computed ahead of the clock: one that would end after the run
            // has ended leaves its parcel in flight at the end, like one still waiting for an event.
            StillInFlight(slot);
            return -1;
        }

        var product = _network.Products[row.Product];
        bool shipment = (row.Flags & ParcelFlags.Shipment) != 0;
        bool isReturn = (row.Flags & ParcelFlags.Return) != 0;
        var group = row.Measured && row.Group >= 0 ? _model.Groups[row.Group] : null;

        // A shipment carrying a load of several orders (ShipmentConsolidation) pays on the load's totals.
        var load = shipment ? _model.Consolidation.LoadOf(slot) : null;
        int units = load?.Units ?? row.Units;
        if (leg.Customs is { } customs)
        {
            var draw = customs.Clear(end, row.DepartureTicks, shipment);
            end += draw.DelayTicks;
            if (draw.Seized)
            {
                Terminate(slot, group, product, seized: true, end);
                return -1;
            }

            // Duties and taxes are paid on release: a seized parcel pays none. A parcel declares its
            // retail value, a replenishment shipment (commercial cargo) its customs value.
            if (customs.Leg.ChargesDuties && !isReturn)
            {
                double duty = DutyEffect.Amount(customs.Leg, load?.CustomsValue ?? (row.Units * (shipment ? product.ImportValue : product.Value)), end);
                row.Cost += shipment ? duty : 0;
                if (group is not null)
                {
                    group.DutiesAndTaxes += duty;
                }
            }
        }

        double weight = load?.WeightKg ?? (units * product.WeightKg);
        double cost = CostEffect.Amount(leg.Spec, units, weight, load?.VolumeM3 ?? (units * product.VolumeM3), shipment) + CostEffect.RemoteSurcharge(leg, shipment);
        row.Cost += shipment ? cost : 0;
        if (group is not null)
        {
            group.AddCost(isReturn ? CostCategory.Returns : leg.Spec.Category, cost);
            EmissionsEffect.Book(group, leg.Spec, weight);
        }

        if (!shipment && !isReturn)
        {
            var legs = _network.Routes[row.Route].LegArray;
            var next = row.Leg + 1 < legs.Length ? legs[row.Leg + 1] : null;
            TrackingEffect.LegEnded(ref row, leg.Spec, end, next);
            if ((row.Flags & ParcelFlags.Traced) != 0)
            {
                _model.Trace!.LegEnded(slot, leg.Spec, end, next);
            }
        }

        if (LossAndDamageEffect.Lost(ref row, leg))
        {
            Terminate(slot, group, product, seized: false, end);
            return -1;
        }

        return end;
    }

    private void StillInFlight(int slot)
    {
        if (_model.Consolidation.Unload(slot) is { } load)
        {
            foreach (int rider in load.Riders)
            {
                _model.Free(rider);
            }

            _model.Consolidation.Recycle(load);
        }

        ref var row = ref _model.Parcels[slot];
        if ((row.Flags & ParcelFlags.Traced) != 0)
        {
            _model.Trace!.Ended(slot, ref row, "in_flight", _model.EndTicks);
        }

        if (row.Measured && row.Group >= 0 && (row.Flags & (ParcelFlags.Return | ParcelFlags.Shipment)) == 0)
        {
            _model.Groups[row.Group].InFlightAtEnd++;
        }

        _model.Free(slot);
    }

    /// <summary>A parcel lost (or seized) on a leg: its terminal state and the value of its goods, then its row is freed.</summary>
    private void Terminate(int slot, ParcelGroupKpis? group, ProductFacts product, bool seized, long ticks)
    {
        ref var row = ref _model.Parcels[slot];
        if ((row.Flags & ParcelFlags.Traced) != 0)
        {
            _model.Trace!.Ended(slot, ref row, seized ? "seized" : "lost", ticks);
        }

        var load = _model.Consolidation.Unload(slot);
        if (group is not null)
        {
            group.GoodsValueLost += load?.GoodsValue ?? (row.Units * product.Value);
        }

        if (load is not null)
        {
            foreach (int rider in load.Riders)
            {
                int point = _model.Parcels[rider].StockPoint;
                _stock.ShipmentLost(point, _model.Parcels[rider].Units);
                _model.Free(rider);
                _stock.CheckReorder(point);
            }

            _model.Consolidation.Recycle(load);
        }

        row = ref _model.Parcels[slot]; // a reorder above may have grown the table
        if ((row.Flags & ParcelFlags.Shipment) != 0)
        {
            int stockPoint = row.StockPoint;
            _stock.ShipmentLost(stockPoint, row.Units);
            _model.Free(slot);
            _stock.CheckReorder(stockPoint);
            return;
        }

        if (group is not null)
        {
            if ((row.Flags & ParcelFlags.Return) != 0)
            {
                group.ReturnsLost++;
            }
            else if (seized)
            {
                group.Seized++;
            }
            else
            {
                group.Lost++;
            }
        }

        _model.Free(slot);
    }
}
