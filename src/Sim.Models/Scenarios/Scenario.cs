using Sim.Models.Customs;
using Sim.Models.Demand;
using Sim.Models.Inventory;
using Sim.Models.Network;

namespace Sim.Models.Scenarios;

/// <summary>
/// A complete, validated what-if scenario: the network, modes, customs, demand, warehouses and
/// policies, as loaded by <c>ScenarioLoader</c>. Every cross-reference between its records
/// (node, market, mode, leg, product class, customs profile, warehouse ids) has been checked to
/// resolve. Every parameter is addressable by a dotted path of snake_case names and list keys, e.g.
/// <c>modes[express].legs[linehaul].cost.per_kg</c> or <c>markets[US].duty_regimes[1].duty_rate</c>.
/// Money is in <see cref="Currency"/>, weights in kg, volumes in m³, durations as each field states.
/// Immutable and thread-safe; lists keep file order.
/// </summary>
public sealed record Scenario
{
    /// <summary>Short name used in result files: a plain identifier (letters, digits, '-', '_'; at most 64 characters).</summary>
    public required string Name { get; init; }

    /// <summary>Free text; empty by default.</summary>
    public string Description { get; init; } = "";

    /// <summary>ISO 4217 code of every money amount (e.g. <c>USD</c>).</summary>
    public required string Currency { get; init; }

    /// <summary>Calendar date of simulated time 0; maps duty-regime dates, peaks and weekdays onto the clock.</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>Length of a replication in days (orders arrive during it; the run then drains in-flight parcels), positive.</summary>
    public required double HorizonDays { get; init; }

    /// <summary>Days at the start whose orders are simulated but excluded from KPIs; in [0, horizon).</summary>
    public double WarmUpDays { get; init; }

    /// <summary>
    /// Dates that start a report period, ascending, each after <see cref="StartDate"/> and before the horizon's
    /// end; empty by default. Every KPI of orders and stock points is also reported per period, the
    /// horizon being cut at these dates and at every duty regime's date inside it.
    /// </summary>
    public IReadOnlyList<DateOnly> ReportPeriods { get; init; } = [];

    /// <summary>Default number of replications; at least 1 (default 10).</summary>
    public int Replications { get; init; } = 10;

    /// <summary>Default root seed of the study (default 1).</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Every node, ids unique.</summary>
    public required IReadOnlyList<Node> Nodes { get; init; }

    /// <summary>Every destination market, codes unique.</summary>
    public required IReadOnlyList<Market> Markets { get; init; }

    /// <summary>Customs profiles, ids unique.</summary>
    public required IReadOnlyList<CustomsProfile> CustomsProfiles { get; init; }

    /// <summary>Modes (route templates), ids unique.</summary>
    public required IReadOnlyList<Mode> Modes { get; init; }

    /// <summary>Product classes, ids unique.</summary>
    public required IReadOnlyList<ProductClass> ProductClasses { get; init; }

    /// <summary>Which direct mode serves which (origin, market), from the lanes table; keys unique.</summary>
    public required IReadOnlyList<LaneSpec> Lanes { get; init; }

    /// <summary>Per-market leg cost overrides, from the rate-card table; keys unique.</summary>
    public IReadOnlyList<RateCardEntry> RateCards { get; init; } = [];

    /// <summary>Order streams, from the demand table; keys unique.</summary>
    public required IReadOnlyList<DemandStreamSpec> DemandStreams { get; init; }

    /// <summary>Warehouses, ids unique; empty when no warehouse mode is used.</summary>
    public IReadOnlyList<Warehouse> Warehouses { get; init; } = [];

    /// <summary>One fulfilment policy per (market, product class) that has demand.</summary>
    public required IReadOnlyList<LaneFulfilment> Fulfilment { get; init; }

    /// <summary>Return handling per market; a market without one simulates no returns.</summary>
    public IReadOnlyList<ReturnPolicy> Returns { get; init; } = [];

    /// <summary>What the planner weighs and must meet; <see cref="PlanningSettings.Default"/> when the scenario has no <c>planning</c> section.</summary>
    public PlanningSettings Planning { get; init; } = PlanningSettings.Default;

    /// <summary>The files the scenario was loaded from and their content hash; null for a scenario built in code.</summary>
    public ScenarioSource? Source { get; init; }
}
