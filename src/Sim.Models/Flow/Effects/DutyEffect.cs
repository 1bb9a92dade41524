using Sim.Models.Customs;
using Sim.Models.Flow.Compilation;

namespace Sim.Models.Flow.Effects;

/// <summary>
/// The duties, taxes and fee of an import clearance under the regime in force on the clearance date
/// (see <see cref="DutyCalculator"/>). Stateless; allocates nothing.
/// </summary>
internal static class DutyEffect
{
    public static double Amount(CompiledCustomsLeg customs, double declaredValue, long clearedTicks)
    {
        var regime = customs.Regimes!.RegimeAtTicks(clearedTicks);
        return DutyCalculator.Assess(regime, declaredValue, DutyCalculator.ClearanceUnder(regime, customs.Clearance)).Total;
    }
}
