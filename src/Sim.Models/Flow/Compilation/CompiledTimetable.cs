using Sim.Engine.Resources;
using Sim.Engine.Time;
using Sim.Models.Network;

namespace Sim.Models.Flow.Compilation;

/// <summary>
/// A leg's <see cref="TimetableSpec"/> on the simulation clock: the repeating cycle of departure
/// offsets (a day, a week, or the interval of an every-N-hours service) and the cut-off. Immutable and
/// thread-safe.
/// </summary>
internal sealed class CompiledTimetable
{
    private CompiledTimetable(Timetable timetable, long[] offsets, TimetableSpec spec)
    {
        Timetable = timetable;
        OffsetTicks = offsets;
        Spec = spec;
        CutoffTicks = SimDuration.FromHours(spec.CutoffHours).Ticks;
    }

    /// <summary>The engine's timetable (shared by every replication: it is immutable).</summary>
    public Timetable Timetable { get; }

    /// <summary>The length of one cycle in ticks.</summary>
    public long PeriodTicks => Timetable.Period.Ticks;

    /// <summary>Departure offsets within a cycle, ascending, in ticks.</summary>
    public long[] OffsetTicks { get; }

    /// <summary>How long before a departure a parcel must be ready, in ticks.</summary>
    public long CutoffTicks { get; }

    /// <summary>The scenario's timetable.</summary>
    public TimetableSpec Spec { get; }

    /// <summary>
    /// Departures are every <c>every_hours</c> from <c>first_departure_hour</c> (a cycle of one
    /// interval), or at the listed hours each day, or on the listed weekdays (a cycle of a week
    /// whose day 0 is the start date's weekday).
    /// </summary>
    public static CompiledTimetable From(TimetableSpec spec, DateOnly startDate)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var hours = new List<double>();
        if (spec.EveryHours is double every)
        {
            if (spec.Weekdays.Count == 0)
            {
                var first = SimDuration.FromHours(spec.FirstDepartureHour % every);
                return new CompiledTimetable(Timetable.Every(SimDuration.FromHours(every), first), [first.Ticks], spec);
            }

            for (double h = spec.FirstDepartureHour; h < 24; h += every)
            {
                hours.Add(h);
            }
        }
        else
        {
            hours.AddRange(spec.DepartureHours);
        }

        var offsets = new List<SimDuration>();
        var period = SimDuration.FromHours(24);
        if (spec.Weekdays.Count == 0)
        {
            offsets.AddRange(hours.Select(SimDuration.FromHours));
        }
        else
        {
            period = SimDuration.FromDays(7);
            int startDay = (int)startDate.DayOfWeek;
            foreach (var weekday in spec.Weekdays)
            {
                int day = ((int)weekday - startDay + 7) % 7;
                foreach (double h in hours)
                {
                    offsets.Add(SimDuration.FromHours((day * 24) + h));
                }
            }
        }

        return new CompiledTimetable(new Timetable(period, offsets), [.. offsets.Select(o => o.Ticks).Order()], spec);
    }
}
