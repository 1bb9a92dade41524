using Sim.Models.Customs;

namespace Sim.Models.Flow.Expectation;

/// <summary>
/// A customs profile's clearance time as a mixture: the declaration time plus, independently, each
/// optional delay (inspection, hold, document error) with its probability. Stateless.
/// </summary>
internal static class ClearanceDelays
{
    public static ContinuousDelay Declaration(CustomsProfile profile) => ContinuousDelay.From(profile.DeclarationTime);

    /// <summary>The optional delays with their probabilities; those of probability 0 are left out.</summary>
    public static IEnumerable<(double P, ContinuousDelay Delay)> Optional(CustomsProfile profile)
    {
        if (profile.InspectionProbability > 0 && profile.InspectionDelay is { } inspection)
        {
            yield return (profile.InspectionProbability, ContinuousDelay.From(inspection));
        }

        if (profile.HoldProbability > 0 && profile.HoldDelay is { } hold)
        {
            yield return (profile.HoldProbability, ContinuousDelay.From(hold));
        }

        if (profile.DocumentErrorProbability > 0 && profile.DocumentErrorDelay is { } documents)
        {
            yield return (profile.DocumentErrorProbability, ContinuousDelay.From(documents));
        }
    }

    /// <summary>The mean and variance of the clearance time, hours and hours².</summary>
    public static (double Mean, double Variance) Moments(CustomsProfile profile)
    {
        var declaration = Declaration(profile);
        double mean = declaration.Mean;
        double variance = declaration.Variance;
        foreach (var (p, delay) in Optional(profile))
        {
            mean += p * delay.Mean;
            variance += (p * delay.Variance) + (p * (1 - p) * delay.Mean * delay.Mean);
        }

        return (mean, variance);
    }
}
