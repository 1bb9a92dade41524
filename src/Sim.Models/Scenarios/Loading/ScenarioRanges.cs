namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// The accepted range of every numeric scenario field, in one place: the mapper checks them and
/// <c>scenarios/README.md</c> documents them (a test keeps the two in step). The bounds keep a
/// valid scenario runnable: no duration or date beyond what the clock holds, no magnitude that
/// makes a sum overflow, no run that could never finish.
/// </summary>
internal static class ScenarioRanges
{
    /// <summary>The longest horizon: 20 years.</summary>
    public const double MaxHorizonDays = 7305;

    /// <summary>The longest value of any duration parameter: one year.</summary>
    public const double MaxDurationHours = 8760;

    /// <summary>Money amounts (costs, fees, values) in the scenario's currency.</summary>
    public static readonly NumberRange Money = new(0, 1e9);

    /// <summary>A product's declared value and the highest value a mode accepts.</summary>
    public static readonly NumberRange PositiveMoney = new(0, 1e9, MinExclusive: true);

    /// <summary>Probabilities and shares.</summary>
    public static readonly NumberRange Probability = new(0, 1);

    /// <summary>Tax rates, fractions of the value.</summary>
    public static readonly NumberRange Rate = new(0, 1);

    /// <summary>Duty rates, fractions of the value: up to ten times it (the US charged postal items from China 120% in May 2025).</summary>
    public static readonly NumberRange DutyRate = new(0, 10);

    /// <summary><c>horizon_days</c>.</summary>
    public static readonly NumberRange HorizonDays = new(0, MaxHorizonDays, "days", MinExclusive: true);

    /// <summary><c>warm_up_days</c> (also below the horizon).</summary>
    public static readonly NumberRange WarmUpDays = new(0, MaxHorizonDays, "days", MaxExclusive: true);

    /// <summary><c>replications</c>.</summary>
    public static readonly NumberRange Replications = new(1, 10_000);

    /// <summary>Servers of a node or a leg.</summary>
    public static readonly NumberRange Servers = new(1, 100_000);

    /// <summary><c>weight_kg</c> and <c>max_weight_kg</c>.</summary>
    public static readonly NumberRange WeightKg = new(0, 100_000, "kg", MinExclusive: true);

    /// <summary><c>volume_m3</c> and <c>container_capacity_m3</c>.</summary>
    public static readonly NumberRange VolumeM3 = new(0, 1000, "m³", MinExclusive: true);

    /// <summary>Distances of legs and lanes.</summary>
    public static readonly NumberRange DistanceKm = new(0, 50_000, "km");

    /// <summary><c>promise_days</c>.</summary>
    public static readonly NumberRange PromiseDays = new(0, 365, "days", MinExclusive: true);

    /// <summary>Coefficients of variation of distributions and lane transit times.</summary>
    public static readonly NumberRange Cv = new(0, 5, MinExclusive: true);

    /// <summary>Hours of the day (departures).</summary>
    public static readonly NumberRange HourOfDay = new(0, 24, "hours", MaxExclusive: true);

    /// <summary><c>every_hours</c>: at least one departure a week.</summary>
    public static readonly NumberRange EveryHours = new(0, 168, "hours", MinExclusive: true);

    /// <summary><c>cutoff_hours</c>.</summary>
    public static readonly NumberRange CutoffHours = new(0, 168, "hours");

    /// <summary><c>visibility_delay_hours</c>.</summary>
    public static readonly NumberRange VisibilityDelayHours = new(0, MaxDurationHours, "hours");

    /// <summary><c>capacity_parcels</c> of a departure.</summary>
    public static readonly NumberRange ParcelsPerDeparture = new(1, 1e9);

    /// <summary><c>capacity_kg</c> of a departure.</summary>
    public static readonly NumberRange KgPerDeparture = new(0, 1e9, "kg", MinExclusive: true);

    /// <summary><c>daily_throughput</c> of a leg.</summary>
    public static readonly NumberRange DailyThroughput = new(0, 1e9, "parcels/day", MinExclusive: true);

    /// <summary><c>kg_co2e_per_tonne_km</c>.</summary>
    public static readonly NumberRange Co2ePerTonneKm = new(0, 100);

    /// <summary><c>kg_co2e_per_parcel</c>.</summary>
    public static readonly NumberRange Co2ePerParcel = new(0, 1000);

    /// <summary>Factors of the weekly demand pattern.</summary>
    public static readonly NumberRange WeeklyFactor = new(0, 100);

    /// <summary>Sales-peak multipliers.</summary>
    public static readonly NumberRange PeakMultiplier = new(0, 100, MinExclusive: true);

    /// <summary>Stock quantities that may be zero: <c>reorder_point</c>, <c>initial_stock</c>.</summary>
    public static readonly NumberRange StockUnits = new(0, 1e9, "units");

    /// <summary><c>order_up_to</c>.</summary>
    public static readonly NumberRange OrderUpTo = new(0, 1e9, "units", MinExclusive: true);

    /// <summary><c>review_period_days</c> (a base-stock policy needs it above 0).</summary>
    public static readonly NumberRange ReviewPeriodDays = new(0, 365, "days");

    /// <summary><c>capacity_units</c> of a warehouse.</summary>
    public static readonly NumberRange CapacityUnits = new(0, 1e12, "units", MinExclusive: true);

    /// <summary><c>capacity_m3</c> of a warehouse.</summary>
    public static readonly NumberRange CapacityM3 = new(0, 1e9, "m³", MinExclusive: true);

    /// <summary><c>pick_capacity_per_day</c> of a warehouse.</summary>
    public static readonly NumberRange PickCapacityPerDay = new(0, 1e9, "orders/day", MinExclusive: true);

    /// <summary><c>write_off_after_days</c> of a stock policy.</summary>
    public static readonly NumberRange WriteOffAfterDays = new(0, 3650, "days", MinExclusive: true);

    /// <summary><c>orders_per_day</c> of a demand row.</summary>
    public static readonly NumberRange OrdersPerDay = new(0, 1e7);

    /// <summary><c>b2b_units_per_order</c>.</summary>
    public static readonly NumberRange B2bUnits = new(1, 10_000);

    /// <summary><c>linehaul_mean_days</c> of a lane.</summary>
    public static readonly NumberRange LinehaulMeanDays = new(0, 365, "days", MinExclusive: true);

    /// <summary><c>backorder_penalty_per_unit_day</c> of the planning section.</summary>
    public static readonly NumberRange ShortageCost = new(0, 1e9, MinExclusive: true);

    /// <summary><c>max_utilisation</c> of the planning section.</summary>
    public static readonly NumberRange MaxUtilisation = new(0, 1, MinExclusive: true);

    /// <summary>The earliest and latest <c>start_date</c> (and dates of regimes and peaks).</summary>
    public static readonly (DateOnly First, DateOnly Last) Dates = (new DateOnly(1900, 1, 1), new DateOnly(2200, 12, 31));

    /// <summary>Every field whose range the README states, with that range, for the documentation test.</summary>
    public static IReadOnlyList<(string Field, NumberRange Range)> Documented { get; } =
    [
        ("horizon_days", HorizonDays), ("replications", Replications), ("servers", Servers),
        ("inspection_probability", Probability), ("de_minimis", Money), ("duty_rate", DutyRate), ("tax_rate", Rate),
        ("sale_tax_rate", Rate), ("remote_share", Probability), ("remote_area_surcharge", Money),
        ("value", PositiveMoney), ("customs_value", PositiveMoney), ("weight_kg", WeightKg), ("volume_m3", VolumeM3), ("return_rate", Probability),
        ("promise_days", PromiseDays), ("max_weight_kg", WeightKg), ("max_value", PositiveMoney),
        ("loss_probability", Probability), ("distance_km", DistanceKm), ("every_hours", EveryHours),
        ("first_departure_hour", HourOfDay), ("cutoff_hours", CutoffHours), ("capacity_parcels", ParcelsPerDeparture),
        ("capacity_kg", KgPerDeparture), ("per_parcel", Money), ("container_capacity_m3", VolumeM3),
        ("lcl_per_m3", Money), ("lcl_minimum", Money),
        ("capacity_units", CapacityUnits), ("holding_cost_per_unit_day", Money), ("reorder_point", StockUnits),
        ("order_up_to", OrderUpTo), ("initial_stock", StockUnits), ("orders_per_day", OrdersPerDay),
        ("b2b_units_per_order", B2bUnits), ("linehaul_mean_days", LinehaulMeanDays), ("cv", Cv),
        ("handling_cost", Money), ("restock_probability", Probability),
        ("capacity_m3", CapacityM3), ("overflow_cost_per_day", Money), ("fixed_cost_per_day", Money),
        ("pick_capacity_per_day", PickCapacityPerDay), ("write_off_after_days", WriteOffAfterDays),
        ("write_off_rate_per_day", Probability),
        ("value_of_time_per_parcel_day", Money), ("late_penalty_per_parcel", Money), ("backorder_penalty_per_unit_day", ShortageCost),
        ("max_utilisation", MaxUtilisation), ("share", Probability), ("within_days", PromiseDays), ("mean_days", PromiseDays),
    ];
}
