using Sim.Models.Flow.Compilation;

namespace Sim.Models.Flow.Expectation;

/// <summary>
/// Carries a route's time distribution leg by leg as a mixture of phase states (see
/// <see cref="DeliveryTime"/>): before a parcel's first departure its clock phase is uniform; after it,
/// each state knows the phase of its anchor (the departure it left on) and holds the time up to the
/// anchor and the time since, which are independent. Used once, on one thread.
/// </summary>
internal sealed class PhasePropagation
{
    private readonly DelayDistribution _zero;
    private bool _approximate;

    public PhasePropagation(DelayDistribution zero) => _zero = zero;

    /// <summary>The distribution (null when the representation cannot hold it) and whether a phase was approximated.</summary>
    public (DelayDistribution? Distribution, bool Approximate) Run(CompiledLeg[] legs)
    {
        List<State>? states = [new State(1, null, 0, _zero, _zero)];
        foreach (var leg in legs)
        {
            var time = ContinuousDelay.From(leg.Time);
            if (leg.Timetable is { } timetable)
            {
                states = leg.TravelsAfterDeparture ? Add(Depart(states, timetable), time) : Depart(Add(states, time), timetable);
            }
            else
            {
                states = Add(states, time);
            }

            if (leg.Customs is { } customs)
            {
                states = Clear(states, customs.Profile.Profile);
            }

            if (states is null)
            {
                return (null, _approximate);
            }
        }

        DelayDistribution? total = null;
        double weight = 0;
        foreach (var state in states)
        {
            var sum = state.Before.Add(state.After);
            if (sum is null)
            {
                return (null, _approximate);
            }

            weight += state.Weight;
            total = total is null ? sum : total.Mix(state.Weight / weight, sum);
        }

        return (total, _approximate);
    }

    private static List<State>? Add(List<State>? states, ContinuousDelay delay)
    {
        if (states is null)
        {
            return null;
        }

        var result = new List<State>(states.Count);
        foreach (var state in states)
        {
            if (state.After.Add(delay) is not { } after)
            {
                return null;
            }

            result.Add(state with { After = after });
        }

        return result;
    }

    private static List<State>? Clear(List<State>? states, Customs.CustomsProfile profile)
    {
        states = Add(states, ClearanceDelays.Declaration(profile));
        foreach (var (p, delay) in ClearanceDelays.Optional(profile))
        {
            if (states is null)
            {
                return null;
            }

            var result = new List<State>(states.Count);
            foreach (var state in states)
            {
                if (state.After.Add(delay) is not { } delayed)
                {
                    return null;
                }

                result.Add(state with { After = state.After.Mix(p, delayed) });
            }

            states = result;
        }

        return states;
    }

    private List<State>? Depart(List<State>? states, CompiledTimetable timetable)
    {
        if (states is null)
        {
            return null;
        }

        long period = timetable.PeriodTicks;
        var result = new List<State>();
        foreach (var state in states)
        {
            if (state.Anchor is long anchor && state.Period % period == 0)
            {
                result.Add(state with { After = state.After.MapDepartures(anchor, timetable) });
            }
            else if (state.Anchor is long known && period % state.Period == 0)
            {
                // The phase is known within a shorter cycle: each of its repeats in the longer one is equally likely.
                long repeats = period / state.Period;
                for (long j = 0; j < repeats; j++)
                {
                    long phase = known + (j * state.Period);
                    result.Add(new State(state.Weight / repeats, phase, period, state.Before, state.After.MapDepartures(phase, timetable)));
                }
            }
            else
            {
                _approximate |= state.Anchor is not null;
                if (state.Before.Add(state.After) is not { } upToHere)
                {
                    return null;
                }

                double cutoff = PieceMixture.ToHours(timetable.CutoffTicks);
                foreach (var (departure, gap) in TimetableSlots.Of(timetable))
                {
                    if (upToHere.AddUniform(cutoff, PieceMixture.ToHours(gap)) is not { } before)
                    {
                        return null;
                    }

                    result.Add(new State(state.Weight * gap / period, departure, period, before, _zero));
                }
            }
        }

        return result;
    }

    /// <summary>A phase state.</summary>
    /// <param name="Weight">Its probability.</param>
    /// <param name="Anchor">The clock phase of its anchor within <paramref name="Period"/>, ticks; null while the phase is uniform.</param>
    /// <param name="Period">The cycle the phase is known in, ticks.</param>
    /// <param name="Before">The time from the start to the anchor.</param>
    /// <param name="After">The time since the anchor.</param>
    private sealed record State(double Weight, long? Anchor, long Period, DelayDistribution Before, DelayDistribution After);
}
