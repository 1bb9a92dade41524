using Sim.Models.Scenarios;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// Corrections the simulation-optimisation loop feeds back into the next planning round: per KPI
/// group (mode, market) a <see cref="RouteCorrection"/>; per (warehouse, product class) the flow at
/// which the stock costs are linearised and the replenishment lead time measured in simulation; per
/// service target that fell short in simulation, the tightened target the next plan must reach.
/// Immutable.
/// </summary>
public sealed record PlanningAdjustments
{
    /// <summary>No correction: plan on expectations alone.</summary>
    public static PlanningAdjustments None { get; } = new();

    /// <summary>Corrections by (mode id, market code).</summary>
    public IReadOnlyDictionary<(string Mode, string Market), RouteCorrection> Routes { get; init; } =
        new Dictionary<(string Mode, string Market), RouteCorrection>();

    /// <summary>The flow, units per day, at which each (warehouse, class)'s safety stock is linearised; absent: the class's whole demand in the market.</summary>
    public IReadOnlyDictionary<(string Warehouse, string ProductClass), double> ReferenceUnitsPerDay { get; init; } =
        new Dictionary<(string Warehouse, string ProductClass), double>();

    /// <summary>Replenishment lead times measured in simulation, days, by warehouse; absent: the route's expectation.</summary>
    public IReadOnlyDictionary<string, double> LeadTimeDays { get; init; } = new Dictionary<string, double>();

    /// <summary>Tightened targets by (service level key, measure): a share raised, or mean days lowered, by the shortfalls simulated so far; absent: the level's own target.</summary>
    public IReadOnlyDictionary<(string Level, ServiceMeasure Measure), double> RequiredTargets { get; init; } =
        new Dictionary<(string Level, ServiceMeasure Measure), double>();

    /// <summary>What a plan must reach for <paramref name="level"/>'s <paramref name="measure"/>: its tightened target, or <paramref name="target"/>.</summary>
    /// <param name="level">A service level.</param>
    /// <param name="measure">Which of its targets.</param>
    /// <param name="target">The level's own target for it.</param>
    public double Required(ServiceLevel level, ServiceMeasure measure, double target)
    {
        ArgumentNullException.ThrowIfNull(level);
        return RequiredTargets.TryGetValue((level.Key, measure), out double required) ? required : target;
    }

    /// <summary>The correction of the routes of <paramref name="mode"/> into <paramref name="market"/>.</summary>
    /// <param name="mode">A mode id.</param>
    /// <param name="market">A market code.</param>
    public RouteCorrection For(string mode, string market) =>
        Routes.TryGetValue((mode, market), out var correction) ? correction : RouteCorrection.None;
}
