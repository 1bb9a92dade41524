using Sim.Models.Flow.Compilation;

namespace Sim.Models.Flow.Expectation;

/// <summary>
/// The mean and variance of a route's time as exact sums over independent parts: leg times, customs
/// clearances and the wait for at most one timetable (at a uniformly distributed phase). Stateless.
/// </summary>
internal static class DeliveryMoments
{
    /// <summary>The mean (hours) and variance (hours²); null when the route has more than one timetable, whose waits are not independent.</summary>
    public static (double Mean, double Variance)? Of(CompiledLeg[] legs)
    {
        double mean = 0;
        double variance = 0;
        int timetables = 0;
        foreach (var leg in legs)
        {
            var time = ContinuousDelay.From(leg.Time);
            mean += time.Mean;
            variance += time.Variance;
            if (leg.Timetable is { } timetable)
            {
                if (++timetables > 1)
                {
                    return null;
                }

                var wait = TimetableSlots.UniformPhaseWait(timetable);
                mean += wait.Mean;
                variance += wait.Variance;
            }

            if (leg.Customs is { } customs)
            {
                var clearance = ClearanceDelays.Moments(customs.Profile.Profile);
                mean += clearance.Mean;
                variance += clearance.Variance;
            }
        }

        return (mean, variance);
    }
}
