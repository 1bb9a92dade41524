using Sim.Models.Demand;
using Sim.Models.Scenarios;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// The days whose orders the KPIs count (warm-up to horizon), each with the share of it inside that
/// window, and what a demand stream does over them: its mean order rate and rate-weighted averages of
/// anything that depends on the date (duty regimes). Immutable.
/// </summary>
internal sealed class MeasuredDays
{
    private readonly (DateOnly Date, double Weight)[] _days;

    public MeasuredDays(Scenario scenario)
    {
        var days = new List<(DateOnly, double)>();
        for (int day = (int)Math.Floor(scenario.WarmUpDays); day < scenario.HorizonDays; day++)
        {
            double weight = Math.Min(day + 1, scenario.HorizonDays) - Math.Max(day, scenario.WarmUpDays);
            if (weight > 0)
            {
                days.Add((scenario.StartDate.AddDays(day), weight));
            }
        }

        _days = [.. days];
    }

    /// <summary>The stream's orders per day on <paramref name="date"/>: base × weekday × active peaks of its market.</summary>
    public static double RateOn(DemandStreamSpec stream, DateOnly date)
    {
        double rate = stream.OrdersPerDay * stream.WeeklyFactor(date.DayOfWeek);
        foreach (var peak in stream.Peaks)
        {
            if (date >= peak.From && date <= peak.To && (peak.Markets.Count == 0 || peak.Markets.Contains(stream.Market)))
            {
                rate *= peak.Multiplier;
            }
        }

        return rate;
    }

    /// <summary>The stream's mean orders per day over the measured days.</summary>
    public double MeanRate(DemandStreamSpec stream)
    {
        double orders = 0;
        double days = 0;
        foreach (var (date, weight) in _days)
        {
            orders += weight * RateOn(stream, date);
            days += weight;
        }

        return days > 0 ? orders / days : 0;
    }

    /// <summary>The mean of <paramref name="value"/> over the measured orders of <paramref name="streams"/> (each day weighted by their orders).</summary>
    public double OrderAverage(IReadOnlyList<DemandStreamSpec> streams, Func<DateOnly, double> value)
    {
        double sum = 0;
        double orders = 0;
        foreach (var (date, weight) in _days)
        {
            double w = 0;
            foreach (var stream in streams)
            {
                w += weight * RateOn(stream, date);
            }

            if (w > 0)
            {
                sum += w * value(date);
                orders += w;
            }
        }

        return orders > 0 ? sum / orders : value(_days.Length > 0 ? _days[0].Date : DateOnly.MinValue);
    }
}
