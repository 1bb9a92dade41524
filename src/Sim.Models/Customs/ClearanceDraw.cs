using Sim.Engine.Randomness;

namespace Sim.Models.Customs;

/// <summary>
/// One clearance as drawn from a customs profile: how long it takes and whether the goods were
/// inspected or seized. Immutable.
/// </summary>
/// <param name="DelayTicks">The declaration time plus every delay that was drawn (inspection, hold, document error), in simulator ticks (microseconds), zero or more.</param>
/// <param name="Inspected">True when the goods were physically inspected.</param>
/// <param name="Seized">True when they were seized (a terminal state: never released).</param>
public readonly record struct ClearanceDraw(long DelayTicks, bool Inspected, bool Seized)
{
    /// <summary>
    /// Draws a clearance: the declaration time; with the inspection probability an inspection delay,
    /// with the hold probability a hold delay, with the document-error probability a document-error
    /// delay (each independent, in that order, a uniform draw skipped when its probability is 0); then
    /// seizure with its probability. Allocates nothing.
    /// </summary>
    /// <param name="profile">The compiled profile.</param>
    /// <param name="rng">The leg's customs stream.</param>
    internal static ClearanceDraw Draw(CompiledCustomsProfile profile, RandomStream rng)
    {
        long delay = profile.Declaration.Sample(rng);
        bool inspected = profile.InspectionProbability > 0 && rng.NextUnit() < profile.InspectionProbability;
        if (inspected)
        {
            delay += profile.Inspection.Sample(rng);
        }

        if (profile.HoldProbability > 0 && rng.NextUnit() < profile.HoldProbability)
        {
            delay += profile.Hold.Sample(rng);
        }

        if (profile.DocumentErrorProbability > 0 && rng.NextUnit() < profile.DocumentErrorProbability)
        {
            delay += profile.DocumentError.Sample(rng);
        }

        bool seized = profile.SeizureProbability > 0 && rng.NextUnit() < profile.SeizureProbability;
        return new ClearanceDraw(delay, inspected, seized);
    }
}
