using Sim.Models.Customs;
using Sim.Models.Network;

namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// A rough upper estimate of how long a parcel spends on a mode's route, from the scenario alone:
/// every leg's mean processing time (a lane's line-haul time where the lanes table gives one, the
/// longest such), the mean customs delays of the slowest profile the leg may use (its own per
/// market, its own, or the market's), and the longest gap between two departures of a timetable. Queueing is left out.
/// Used to size memory before a run; the route compiler of the flow model is the precise source.
/// Stateless and thread-safe.
/// </summary>
internal static class RouteDurations
{
    private const double HoursPerWeek = 7 * 24;

    /// <summary>The estimate for <paramref name="mode"/>, in hours.</summary>
    public static double ModeHours(Scenario scenario, Mode mode)
    {
        var hours = 0.0;
        foreach (var leg in mode.Legs)
        {
            var transit = leg.ProcessingTime.MeanHours;
            if (leg.IsLinehaul)
            {
                foreach (var lane in scenario.Lanes)
                {
                    if (lane.Mode == mode.Id && lane.LinehaulTime is { } time)
                    {
                        transit = Math.Max(transit, time.MeanHours);
                    }
                }
            }

            hours += transit + CustomsHours(scenario, leg) + (leg.Timetable is { } timetable ? LongestGapHours(timetable) : 0);
        }

        return hours;
    }

    /// <summary>The longest time between two departures of <paramref name="timetable"/> over a week, in hours.</summary>
    public static double LongestGapHours(TimetableSpec timetable)
    {
        if (timetable.EveryHours is { } period && timetable.Weekdays.Count == 0)
        {
            return period;
        }

        var days = timetable.Weekdays.Count == 0 ? Enum.GetValues<DayOfWeek>() : timetable.Weekdays.ToArray();
        IEnumerable<double> hoursOfDay = timetable.EveryHours is { } every
            ? Enumerable.Range(0, (int)Math.Ceiling(24 / every)).Select(i => timetable.FirstDepartureHour + (i * every)).Where(h => h < 24)
            : timetable.DepartureHours;
        var week = days.SelectMany(d => hoursOfDay.Select(h => (((int)d + 6) % 7 * 24.0) + h)).Order().ToArray();
        if (week.Length == 0)
        {
            return HoursPerWeek;
        }

        var gap = week[0] + HoursPerWeek - week[^1];
        for (var i = 1; i < week.Length; i++)
        {
            gap = Math.Max(gap, week[i] - week[i - 1]);
        }

        return gap;
    }

    /// <summary>Departures per day on average over a week.</summary>
    public static double DeparturesPerDay(TimetableSpec timetable)
    {
        var days = timetable.Weekdays.Count == 0 ? 7 : timetable.Weekdays.Count;
        var perDay = timetable.EveryHours is { } every ? 24 / every : timetable.DepartureHours.Count;
        return perDay * days / 7.0;
    }

    private static double CustomsHours(Scenario scenario, Leg leg)
    {
        if (!leg.Kind.IsCustoms())
        {
            return 0;
        }

        // The profiles the leg may use: its own per market, else its own, else each other market's.
        var ids = scenario.Markets.Select(m => leg.CustomsProfiles.TryGetValue(m.Code, out var own) ? own : leg.CustomsProfile ?? m.ImportCustomsProfile).ToHashSet(StringComparer.Ordinal);
        if (leg.CustomsProfile is { } id)
        {
            ids.Add(id);
        }

        return scenario.CustomsProfiles.Where(p => ids.Contains(p.Id)).Select(MeanDelayHours).DefaultIfEmpty(0).Max();
    }

    private static double MeanDelayHours(CustomsProfile profile) =>
        profile.DeclarationTime.MeanHours
        + (profile.InspectionProbability * (profile.InspectionDelay?.MeanHours ?? 0))
        + (profile.HoldProbability * (profile.HoldDelay?.MeanHours ?? 0))
        + (profile.DocumentErrorProbability * (profile.DocumentErrorDelay?.MeanHours ?? 0));
}
