using System.Globalization;
using Sim.Engine.Time;
using Sim.Models.Scenarios;

namespace Sim.Models.Flow.Compilation;

/// <summary>
/// Cuts the horizon into report periods at the scenario's <c>report_periods</c> dates and at every
/// duty regime's <c>effective_from</c> date that falls inside it (after the start date, before the
/// horizon's end). None of either gives one period, and then no KPI is reported per period. Stateless.
/// </summary>
internal static class PeriodCompiler
{
    public static ReportPeriod[] Compile(Scenario scenario)
    {
        var start = scenario.StartDate;
        long horizon = (long)Math.Round(scenario.HorizonDays * SimDuration.TicksPerDay);
        var days = scenario.ReportPeriods
            .Concat(scenario.Markets.SelectMany(m => m.DutyRegimes).Select(r => r.EffectiveFrom))
            .Select(date => (long)(date.DayNumber - start.DayNumber))
            .Where(day => day > 0 && day * SimDuration.TicksPerDay < horizon)
            .Distinct()
            .Order()
            .ToList();
        if (days.Count == 0)
        {
            return [new ReportPeriod("", 0, horizon)];
        }

        var froms = new List<long> { 0 };
        froms.AddRange(days);
        var periods = new ReportPeriod[froms.Count];
        for (int i = 0; i < froms.Count; i++)
        {
            long fromTicks = froms[i] * SimDuration.TicksPerDay;
            long toTicks = i + 1 < froms.Count ? froms[i + 1] * SimDuration.TicksPerDay : horizon;

            // The last day is the one holding the period's last instant.
            var first = start.AddDays((int)froms[i]);
            var last = start.AddDays((int)((toTicks - 1) / SimDuration.TicksPerDay));
            string name = string.Create(CultureInfo.InvariantCulture, $"{first:yyyy-MM-dd}..{last:yyyy-MM-dd}");
            periods[i] = new ReportPeriod(name, fromTicks, toTicks);
        }

        return periods;
    }
}
