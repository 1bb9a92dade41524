namespace Sim.Models.Demand;

/// <summary>
/// Orders from one origin to one market for one product class: a non-homogeneous Poisson process of
/// rate <see cref="OrdersPerDay"/> × <see cref="WeeklyPattern"/>[weekday] × the product of the
/// <see cref="Peaks"/> active that day (orders per day). A share <see cref="B2bShare"/> of orders are
/// B2B bulk orders of <see cref="B2bUnitsPerOrder"/> units each, the rest B2C orders of one unit.
/// Key: (origin, market, product class). Immutable and thread-safe.
/// </summary>
public sealed record DemandStreamSpec
{
    /// <summary>Origin node id (where the seller is).</summary>
    public required string Origin { get; init; }

    /// <summary>Destination market code.</summary>
    public required string Market { get; init; }

    /// <summary>Product class id.</summary>
    public required string ProductClass { get; init; }

    /// <summary>Average orders per day before weekly and peak factors; zero or more.</summary>
    public required double OrdersPerDay { get; init; }

    /// <summary>
    /// Seven non-negative factors, Monday first (index 0 = Monday ... 6 = Sunday, unlike
    /// <see cref="DayOfWeek"/>); their mean should be 1 so that <see cref="OrdersPerDay"/> stays the weekly average.
    /// </summary>
    public required IReadOnlyList<double> WeeklyPattern { get; init; }

    /// <summary>Sales peaks that apply to this stream's market.</summary>
    public IReadOnlyList<SalesPeak> Peaks { get; init; } = [];

    /// <summary>Share in [0, 1] of orders that are B2B bulk orders; default 0.</summary>
    public double B2bShare { get; init; }

    /// <summary>Units in one B2B order (they travel as one consolidated shipment); at least 1, default 1.</summary>
    public int B2bUnitsPerOrder { get; init; } = 1;

    /// <summary>The weekly factor of <paramref name="day"/>.</summary>
    /// <param name="day">A day of the week.</param>
    /// <returns>The factor from <see cref="WeeklyPattern"/>, mapping Monday to index 0.</returns>
    public double WeeklyFactor(DayOfWeek day) => WeeklyPattern[((int)day + 6) % 7];
}
