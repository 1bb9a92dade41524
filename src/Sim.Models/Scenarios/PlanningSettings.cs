namespace Sim.Models.Scenarios;

/// <summary>
/// What the planner (<c>sim optimise</c>) weighs beside cost and what it must meet: the value of
/// delivery time, the penalty of a late parcel, the shortage cost used for stock levels, the
/// utilisation allowed at capacity-limited stations, single sourcing and service levels per market.
/// The simulation ignores these fields. Money in the scenario's currency. Key: <c>planning</c>
/// (<c>planning.value_of_time_per_parcel_day</c>, <c>planning.service_levels[US/electronics].share</c>). Immutable.
/// </summary>
public sealed record PlanningSettings
{
    /// <summary>The settings of a scenario without a <c>planning</c> section.</summary>
    public static PlanningSettings Default { get; } = new();

    /// <summary>Cost of one day of delivery time of one order (from order to delivery), zero or more; default 0.</summary>
    public double ValueOfTimePerParcelDay { get; init; }

    /// <summary>Cost of an order not delivered within its product's promise (late, lost or seized), zero or more; default 0.</summary>
    public double LatePenaltyPerParcel { get; init; }

    /// <summary>
    /// Shortage cost per unit backordered per day, used to set stock levels where a stock-out waits for
    /// stock; where it falls back to a mode, the fallback's extra cost per unit is used instead.
    /// Positive; default 1.
    /// </summary>
    public double BackorderPenaltyPerUnitDay { get; init; } = 1.0;

    /// <summary>The planned load of a capacity-limited station (servers, daily quota, departures) as a share of its capacity, at most this; in (0, 1], default 0.9.</summary>
    public double MaxUtilisation { get; init; } = 0.9;

    /// <summary>True to send all orders of a lane (or B2C/B2B sub-lane) by one route; default false (shares may split).</summary>
    public bool SingleSourcing { get; init; }

    /// <summary>Service levels a plan must meet, at most one per market and one per (market, class).</summary>
    public IReadOnlyList<ServiceLevel> ServiceLevels { get; init; } = [];
}
