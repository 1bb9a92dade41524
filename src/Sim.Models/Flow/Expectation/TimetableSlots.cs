using Sim.Models.Flow.Compilation;

namespace Sim.Models.Flow.Expectation;

/// <summary>
/// The departures of one timetable cycle with the gap before each: a parcel ready at a uniformly
/// distributed time of the cycle leaves on departure k with probability gap_k / period, after a wait
/// uniform on [cut-off, cut-off + gap_k). Stateless.
/// </summary>
internal static class TimetableSlots
{
    /// <summary>Each departure's offset in the cycle and the gap since the one before, in ticks.</summary>
    public static IEnumerable<(long DepartureTicks, long GapTicks)> Of(CompiledTimetable timetable)
    {
        var offsets = timetable.OffsetTicks;
        for (int k = 0; k < offsets.Length; k++)
        {
            long previous = k == 0 ? offsets[^1] - timetable.PeriodTicks : offsets[k - 1];
            yield return (offsets[k], offsets[k] - previous);
        }
    }

    /// <summary>The mean and variance of the wait, in hours and hours², for a parcel ready at a uniformly distributed time of the cycle.</summary>
    public static (double Mean, double Variance) UniformPhaseWait(CompiledTimetable timetable)
    {
        double period = PieceMixture.ToHours(timetable.PeriodTicks);
        double cutoff = PieceMixture.ToHours(timetable.CutoffTicks);
        double mean = 0;
        double second = 0;
        foreach (var (_, gapTicks) in Of(timetable))
        {
            double gap = PieceMixture.ToHours(gapTicks);
            double share = gap / period;
            mean += share * (cutoff + (gap / 2));
            second += share * ((cutoff * cutoff) + (cutoff * gap) + (gap * gap / 3));
        }

        return (mean, Math.Max(0, second - (mean * mean)));
    }
}
