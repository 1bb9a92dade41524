using Sim.Models.Network;

namespace Sim.Models.Flow;

/// <summary>Replaces a mode's line-haul timetables with one of so many departures a week (see <see cref="FlowOverrides.WeeklyDepartures"/>). Stateless.</summary>
internal static class WeeklyTimetable
{
    private static readonly DayOfWeek[] MondayFirst =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static Mode Apply(Mode mode, int perWeek) => mode with
    {
        Legs = [.. mode.Legs.Select(leg => leg.IsLinehaul && leg.Timetable is { } timetable ? leg with { Timetable = Spread(timetable, perWeek) } : leg)],
    };

    /// <summary>
    /// <paramref name="perWeek"/> departures a week at the timetable's first hour: 7 means every day;
    /// fewer, on weekdays ⌊i × 7 / n⌋ from Monday; more, every 168/n hours.
    /// </summary>
    public static TimetableSpec Spread(TimetableSpec timetable, int perWeek)
    {
        double hour = timetable.EveryHours is null && timetable.DepartureHours.Count > 0 ? timetable.DepartureHours[0] : timetable.FirstDepartureHour;
        var spread = timetable with { DepartureHours = [], EveryHours = null, FirstDepartureHour = 0, Weekdays = [] };
        return perWeek switch
        {
            > 7 => spread with { EveryHours = 168.0 / perWeek, FirstDepartureHour = hour },
            7 => spread with { DepartureHours = [hour] },
            _ => spread with { DepartureHours = [hour], Weekdays = [.. Enumerable.Range(0, perWeek).Select(i => MondayFirst[i * 7 / perWeek])] },
        };
    }
}
