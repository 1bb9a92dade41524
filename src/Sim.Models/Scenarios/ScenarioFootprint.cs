using System.Globalization;
using Sim.Models.Scenarios.Loading;

namespace Sim.Models.Scenarios;

/// <summary>
/// Estimates the memory one replication of a scenario needs, before it runs, so that a scenario
/// that cannot fit is refused with the estimate instead of dying out of memory. The flow model
/// holds a row per parcel in flight, so memory follows the parcels in flight: by Little's law, the
/// highest daily order rate (weekly pattern and sales peaks included) times the longest route
/// (<see cref="LongestRouteDays"/>), but the whole horizon's orders when a capacity is below its
/// demand (the backlog then grows all run long), and never more than every order of the horizon.
/// Stateless and thread-safe.
/// </summary>
public static class ScenarioFootprint
{
    /// <summary>
    /// Bytes held per parcel in flight: the parcel row (about 90 bytes) with the slack of a
    /// doubling array, its pending event and its queue entries, rounded up.
    /// </summary>
    public const long BytesPerParcel = 256;

    /// <summary>The share of the memory available to the process that runs may use.</summary>
    public const double MemoryShare = 0.75;

    /// <summary>The memory limit on this machine: <see cref="MemoryShare"/> of what the process may use (container limits included).</summary>
    public static long MemoryLimitBytes() => (long)(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes * MemoryShare);

    /// <summary>The highest total order rate of any day of the horizon, orders per day.</summary>
    /// <param name="scenario">A validated scenario.</param>
    public static double PeakOrdersPerDay(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var days = (int)Math.Ceiling(scenario.HorizonDays);
        var peak = 0.0;
        for (var day = 0; day < days; day++)
        {
            var date = scenario.StartDate.AddDays(day);
            var rate = 0.0;
            foreach (var stream in scenario.DemandStreams)
            {
                var factor = stream.WeeklyFactor(date.DayOfWeek);
                foreach (var salesPeak in stream.Peaks)
                {
                    factor *= date >= salesPeak.From && date <= salesPeak.To ? salesPeak.Multiplier : 1;
                }

                rate += stream.OrdersPerDay * factor;
            }

            peak = Math.Max(peak, rate);
        }

        return peak;
    }

    /// <summary>The longest route a parcel may take, in days: the slowest order mode, plus the slowest reverse mode when there are returns.</summary>
    /// <param name="scenario">A validated scenario.</param>
    public static double LongestRouteDays(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        double Longest(Func<Network.ModeKind, bool> kinds) =>
            scenario.Modes.Where(m => kinds(m.Kind)).Select(m => RouteDurations.ModeHours(scenario, m)).DefaultIfEmpty(0).Max() / 24;

        var forward = Longest(Network.ModeKindFacts.CarriesOrders);
        return forward + (scenario.Returns.Count > 0 ? Longest(Network.ModeKindFacts.IsReverse) : 0);
    }

    /// <summary>The parcels expected in flight at once in one replication (see the type's remarks).</summary>
    /// <param name="scenario">A validated scenario.</param>
    public static double ParcelsInFlight(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var days = CapacityCheck.Shortfalls(scenario).Count > 0
            ? scenario.HorizonDays
            : Math.Min(LongestRouteDays(scenario), scenario.HorizonDays);
        return PeakOrdersPerDay(scenario) * days;
    }

    /// <summary>The bytes one replication is expected to need.</summary>
    /// <param name="scenario">A validated scenario.</param>
    public static double BytesPerReplication(Scenario scenario) => ParcelsInFlight(scenario) * BytesPerParcel;

    /// <summary>Records an error when one replication would not fit in <see cref="MemoryLimitBytes"/>.</summary>
    internal static void Check(Scenario scenario, ScenarioDiagnostics diagnostics)
    {
        var limit = MemoryLimitBytes();
        var bytes = BytesPerReplication(scenario);
        if (bytes > limit)
        {
            diagnostics.Add(FieldPath.Root.Field("tables").Field("demand"), string.Create(CultureInfo.InvariantCulture,
                $"the demand would keep about {ParcelsInFlight(scenario):N0} parcels in flight at once ({PeakOrdersPerDay(scenario):N0} orders/day at the peak, routes of up to {LongestRouteDays(scenario):0.#} days), " +
                $"needing about {Gib(bytes)} per replication; the limit on this machine is {Gib(limit)} ({MemoryShare:P0} of the memory available): lower orders_per_day or the horizon"));
        }
    }

    private static string Gib(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1L << 30):0.#} GiB");
}
