using Sim.Models.Flow.Compilation;

namespace Sim.Models.Flow.Effects;

/// <summary>
/// A leg's cost when a parcel completes it (so a parcel lost on a leg has paid it; a parcel seized at a
/// customs leg has not): per parcel, per kg and per m³; a replenishment shipment pays per unit, per kg
/// and m³ of its total, once per shipment, and its volume freight (the cheaper of full containers and
/// LCL). Booked by <see cref="LegEnd"/> to the leg's category, or as returns cost on a return. A parcel
/// (not a shipment) on a leg with a remote share pays the leg's remote-area surcharge when a draw of its
/// remote stream falls below the share. Stateless; allocates nothing.
/// </summary>
internal static class CostEffect
{
    public static double RemoteSurcharge(LegRuntime leg, bool shipment) =>
        !shipment && leg.Remote is { } remote && remote.NextUnit() < leg.Spec.RemoteShare ? leg.Spec.RemoteSurcharge : 0;

    public static double Amount(CompiledLeg leg, int units, double weightKg, double volumeM3, bool shipment)
    {
        var cost = leg.Cost;
        double amount = (cost.PerParcel * (shipment ? units : 1)) + (cost.PerKg * weightKg) + (cost.PerM3 * volumeM3);
        if (shipment)
        {
            amount += cost.PerShipment;
            amount += cost.FreightOf(volumeM3);
        }

        return amount;
    }
}
