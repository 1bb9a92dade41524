namespace Sim.Models.Network;

/// <summary>
/// Scheduled departures of a leg: parcels wait for the next departure whose cut-off they make; what
/// does not fit a departure's capacity waits for the next one. Departures are either at fixed
/// <see cref="DepartureHours"/> each day, or every <see cref="EveryHours"/> hours from
/// <see cref="FirstDepartureHour"/>; exactly one of the two is used. Times are hours of the
/// scenario clock (day 0 starts at hour 0 of <see cref="Scenarios.Scenario.StartDate"/>). Immutable.
/// </summary>
public sealed record TimetableSpec
{
    /// <summary>Departure times as hours of the day in [0, 24), ascending; empty when <see cref="EveryHours"/> is set.</summary>
    public IReadOnlyList<double> DepartureHours { get; init; } = [];

    /// <summary>Interval between departures in hours, positive; null when <see cref="DepartureHours"/> is used.</summary>
    public double? EveryHours { get; init; }

    /// <summary>Hour of day of the first departure when <see cref="EveryHours"/> is used; default 0.</summary>
    public double FirstDepartureHour { get; init; }

    /// <summary>Days of the week with departures; empty means every day.</summary>
    public IReadOnlyList<DayOfWeek> Weekdays { get; init; } = [];

    /// <summary>A parcel must be ready this many hours before a departure to catch it; default 0.</summary>
    public double CutoffHours { get; init; }

    /// <summary>Parcels per departure; null means unlimited.</summary>
    public int? CapacityParcels { get; init; }

    /// <summary>Kilograms per departure; null means unlimited. Both limits apply when both are set.</summary>
    public double? CapacityKg { get; init; }
}
