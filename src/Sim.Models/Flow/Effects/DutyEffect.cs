using Sim.Models.Customs;
using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;

namespace Sim.Models.Flow.Effects;

/// <summary>
/// Books the duties, taxes and fee of an import clearance under the regime in force on the clearance
/// date (see <see cref="DutyCalculator"/>). Stateless; allocates nothing.
/// </summary>
internal static class DutyEffect
{
    public static void Book(ParcelGroupKpis group, CompiledCustomsLeg customs, double declaredValue, long clearedTicks)
    {
        var regime = customs.Regimes!.RegimeAtTicks(clearedTicks);
        group.DutiesAndTaxes += DutyCalculator.Assess(regime, declaredValue, DutyCalculator.ClearanceUnder(regime, customs.Clearance)).Total;
    }
}
