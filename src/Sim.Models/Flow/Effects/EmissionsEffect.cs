using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;

namespace Sim.Models.Flow.Effects;

/// <summary>Books a leg's emissions when a parcel completes it: kg CO2e per kg carried × weight, plus per parcel. Stateless; allocates nothing.</summary>
internal static class EmissionsEffect
{
    public static void Book(ParcelGroupKpis group, CompiledLeg leg, double weightKg) =>
        group.Co2eKg += (leg.Co2PerKg * weightKg) + leg.Co2PerParcel;
}
