namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// Corrections the simulation-optimisation loop feeds back into the next planning round: per KPI
/// group (mode, market) a <see cref="RouteCorrection"/>; per (warehouse, product class) the flow at
/// which the stock costs are linearised and the replenishment lead time measured in simulation.
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

    /// <summary>The correction of the routes of <paramref name="mode"/> into <paramref name="market"/>.</summary>
    /// <param name="mode">A mode id.</param>
    /// <param name="market">A market code.</param>
    public RouteCorrection For(string mode, string market) =>
        Routes.TryGetValue((mode, market), out var correction) ? correction : RouteCorrection.None;
}
