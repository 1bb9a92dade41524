using Sim.Engine.Events;
using Sim.Engine.Time;
using Sim.Models.Flow.Compilation;

namespace Sim.Models.Flow;

/// <summary>
/// Replenishment orders for the same warehouse that leave together travel as one shipment: those that
/// board the same departure (a route's first timetabled leg), or, on a route without a timetable, those
/// ordered at the same moment. They are held until every order of the moment has come (an event at the
/// same time, after them), then the first becomes the load's leader and carries the others
/// (<see cref="ShipmentLoad"/>): the legs charge per shipment, per container or LCL, and duty on the
/// totals, once. On arrival each order is received with its own cost plus a volume share of what the
/// load paid together. Allocates per load formed, never per parcel. Not thread-safe.
/// </summary>
internal sealed class ShipmentConsolidation : IEventProcessor
{
    private readonly ParcelFlowModel _model;
    private readonly CompiledNetwork _network;
    private readonly Simulator _simulator;
    private readonly EventProcessorId _id;
    private readonly bool[] _atOrder;
    private List<(int Slot, long Ticks, bool Departed)> _held = [];
    private List<(int Slot, long Ticks, bool Departed)> _dispatching = [];
    private readonly Dictionary<int, ShipmentLoad> _loads = [];
    private readonly Stack<ShipmentLoad> _pool = new();

    public ShipmentConsolidation(ParcelFlowModel model, CompiledNetwork network, Simulator simulator)
    {
        _model = model;
        _network = network;
        _simulator = simulator;
        _id = simulator.Register(this);
        _atOrder = [.. network.Routes.Select(r => r.Mode.Kind == Network.ModeKind.Replenishment && r.LegArray.All(l => l.Timetable is null))];
    }

    /// <summary>A replenishment shipment ordered now: true when it is held to leave with the others ordered now.</summary>
    public bool HoldsOrdered(int slot) => _atOrder[_model.Parcels[slot].Route] && Hold(slot, _model.NowTicks, departed: false);

    /// <summary>
    /// A parcel left on a departure now, to end the leg at <paramref name="end"/>: a replenishment shipment
    /// not yet carrying a load is held to leave with the others on the departure; anything else moves on.
    /// </summary>
    public void Departed(int slot, long end)
    {
        if ((_model.Parcels[slot].Flags & ParcelFlags.Shipment) == 0 || _loads.ContainsKey(slot))
        {
            _model.LeaveLeg(slot, end);
            return;
        }

        Hold(slot, end, departed: true);
    }

    /// <summary>The load the leader in <paramref name="slot"/> carries; null for a shipment on its own.</summary>
    public ShipmentLoad? LoadOf(int slot) => _loads.Count > 0 && _loads.TryGetValue(slot, out var load) ? load : null;

    /// <summary>Takes the load off the leader in <paramref name="slot"/> (null when it has none); the caller ends its riders and then calls <see cref="Recycle"/>.</summary>
    public ShipmentLoad? Unload(int slot)
    {
        if (_loads.Count == 0 || !_loads.Remove(slot, out var load))
        {
            return null;
        }

        return load;
    }

    /// <summary>Returns an ended load to the pool.</summary>
    public void Recycle(ShipmentLoad load)
    {
        load.Clear();
        _pool.Push(load);
    }

    /// <inheritdoc/>
    void IEventProcessor.Handle(Simulator simulator, int kind, long data)
    {
        // Every shipment of the moment is held; group them by route (one route replenishes one warehouse).
        // Shipments ordered while these move on belong to a later moment of their own.
        (_dispatching, _held) = (_held, _dispatching);
        var held = _dispatching;
        for (int i = 0; i < held.Count; i++)
        {
            var (leader, ticks, departed) = held[i];
            if (leader < 0)
            {
                continue;
            }

            int route = _model.Parcels[leader].Route;
            ShipmentLoad? load = null;
            for (int j = i + 1; j < held.Count; j++)
            {
                int rider = held[j].Slot;
                if (rider >= 0 && _model.Parcels[rider].Route == route)
                {
                    load ??= Start(leader);
                    Add(load, rider);
                    held[j] = (-1, 0, false);
                }
            }

            if (departed)
            {
                _model.LeaveLeg(leader, ticks);
            }
            else
            {
                _model.Advance(leader, ticks);
            }
        }

        held.Clear();
    }

    private bool Hold(int slot, long ticks, bool departed)
    {
        if (_held.Count == 0)
        {
            _simulator.Schedule(_simulator.Now, _id, 0, 0);
        }

        _held.Add((slot, ticks, departed));
        return true;
    }

    private ShipmentLoad Start(int leader)
    {
        var load = _pool.Count > 0 ? _pool.Pop() : new ShipmentLoad();
        ref var row = ref _model.Parcels[leader];
        load.LeaderCostAtMerge = row.Cost;
        Count(load, row);
        _loads.Add(leader, load);
        return load;
    }

    private void Add(ShipmentLoad load, int rider)
    {
        load.Riders.Add(rider);
        Count(load, _model.Parcels[rider]);
    }

    private void Count(ShipmentLoad load, in ParcelRow row)
    {
        var product = _network.Products[row.Product];
        load.Units += row.Units;
        load.WeightKg += row.Units * product.WeightKg;
        load.VolumeM3 += row.Units * product.VolumeM3;
        load.CustomsValue += row.Units * product.ImportValue;
        load.GoodsValue += row.Units * product.Value;
    }
}
