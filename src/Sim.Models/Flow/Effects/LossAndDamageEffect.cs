namespace Sim.Models.Flow.Effects;

/// <summary>
/// At the end of a leg a parcel may be lost (a terminal state), and, if not, damaged (it continues,
/// flagged). Loss is drawn on the leg's loss stream, damage on its damage stream. Stateless; allocates
/// nothing.
/// </summary>
internal static class LossAndDamageEffect
{
    /// <summary>Draws loss, then damage; true when the parcel was lost.</summary>
    public static bool Lost(ref ParcelRow row, LegRuntime leg)
    {
        var spec = leg.Spec;
        if (spec.LossProbability > 0 && leg.Loss.NextUnit() < spec.LossProbability)
        {
            return true;
        }

        if (spec.DamageProbability > 0 && leg.Damage.NextUnit() < spec.DamageProbability)
        {
            row.Flags |= ParcelFlags.Damaged;
        }

        return false;
    }
}
