using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;
using Sim.Models.Network;

namespace Sim.Models.Flow.Effects;

/// <summary>
/// Books a leg's cost when a parcel completes it (so a parcel lost on a leg has paid it; a parcel
/// seized at a customs leg has not): per parcel, per kg and per m³; a replenishment shipment pays per
/// unit, per kg and m³ of its total, once per shipment and per started container. A return's legs are
/// returns cost. Stateless; allocates nothing.
/// </summary>
internal static class CostEffect
{
    public static void Book(ParcelGroupKpis group, CompiledLeg leg, int units, double weightKg, double volumeM3, bool shipment, bool isReturn)
    {
        var cost = leg.Cost;
        double amount = (cost.PerParcel * (shipment ? units : 1)) + (cost.PerKg * weightKg) + (cost.PerM3 * volumeM3);
        if (shipment)
        {
            amount += cost.PerShipment;
            if (cost.PerContainer > 0)
            {
                amount += cost.PerContainer * Math.Ceiling(volumeM3 / cost.ContainerCapacityM3);
            }
        }

        group.AddCost(isReturn ? CostCategory.Returns : leg.Category, amount);
    }
}
