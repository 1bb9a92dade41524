using Sim.Models.Scenarios;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// A scenario as the network-design MIP sees it: the demand segments, every route that can carry
/// each, the (warehouse, class) pairs that can be stocked with their replenishment options, the
/// warehouses, the capacity-limited stations and the service levels' targets. Built by <c>From</c>;
/// every expected cost and time comes from the route compiler's <c>RouteExpectation</c> (plus the
/// loop's corrections). Immutable and thread-safe.
/// </summary>
public sealed class PlanningProblem
{
    private readonly int[][] _routesBySegment;

    internal PlanningProblem(
        Scenario scenario,
        PlanningAdjustments adjustments,
        IReadOnlyList<DemandSegment> segments,
        IReadOnlyList<RouteOption> routes,
        IReadOnlyList<StockOption> stockOptions,
        IReadOnlyList<WarehouseOption> warehouses,
        IReadOnlyList<StationLimit> stations,
        IReadOnlyList<SharedDeparture> departures,
        IReadOnlyList<ServiceTarget> serviceTargets)
    {
        Scenario = scenario;
        Adjustments = adjustments;
        Segments = segments;
        Routes = routes;
        StockOptions = stockOptions;
        Warehouses = warehouses;
        Stations = stations;
        Departures = departures;
        ServiceTargets = serviceTargets;
        _routesBySegment = [.. segments.Select(s => routes.Where(r => r.Segment == s.Index).Select(r => r.Index).ToArray())];
    }

    /// <summary>The scenario planned.</summary>
    public Scenario Scenario { get; }

    /// <summary>Its planning settings (delay costs, service levels, utilisation cap, single sourcing).</summary>
    public PlanningSettings Settings => Scenario.Planning;

    /// <summary>The corrections the problem was built with.</summary>
    public PlanningAdjustments Adjustments { get; }

    /// <summary>The demand segments (every stream's B2C orders, and its B2B orders when it has any), in demand-table order.</summary>
    public IReadOnlyList<DemandSegment> Segments { get; }

    /// <summary>Every route of every segment.</summary>
    public IReadOnlyList<RouteOption> Routes { get; }

    /// <summary>Every (warehouse, class) some route could draw stock from.</summary>
    public IReadOnlyList<StockOption> StockOptions { get; }

    /// <summary>Every warehouse of the scenario.</summary>
    public IReadOnlyList<WarehouseOption> Warehouses { get; }

    /// <summary>The capacity-limited stations the routes use.</summary>
    public IReadOnlyList<StationLimit> Stations { get; }

    /// <summary>The timetabled lines whose departures carry a charge shared by their parcels.</summary>
    public IReadOnlyList<SharedDeparture> Departures { get; }

    /// <summary>The service levels' targets (a share within days, mean days), in the order of the scenario's levels.</summary>
    public IReadOnlyList<ServiceTarget> ServiceTargets { get; }

    /// <summary>Orders per day of <paramref name="market"/>, over its segments.</summary>
    /// <param name="market">A market code.</param>
    public double OrdersPerDay(string market) => Segments.Where(s => s.Market == market).Sum(s => s.OrdersPerDay);

    /// <summary>The indices of the routes of segment <paramref name="segment"/>.</summary>
    /// <param name="segment">A segment index.</param>
    public IReadOnlyList<int> RoutesOf(int segment) => _routesBySegment[segment];

    /// <summary>The delay cost of one order on <paramref name="route"/>: value of time × mean days + late penalty × P(not on time).</summary>
    /// <param name="route">A route option.</param>
    public double DelayCostPerOrder(RouteOption route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return (Settings.ValueOfTimePerParcelDay * route.MeanDays) + (Settings.LatePenaltyPerParcel * (1 - route.OnTimeProbability));
    }

    /// <summary>Builds the problem of <paramref name="scenario"/>, compiling its routes (see <see cref="RouteCatalogue"/>).</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="adjustments">Corrections from simulation; null for none.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    /// <exception cref="PlanningInfeasibleException">A segment has no route that takes its orders.</exception>
    public static PlanningProblem From(Scenario scenario, PlanningAdjustments? adjustments = null) => From(RouteCatalogue.Of(scenario), adjustments);

    /// <summary>Builds the problem of a catalogue's scenario from its compiled routes (the loop's rounds share one catalogue).</summary>
    /// <param name="catalogue">The scenario's routes.</param>
    /// <param name="adjustments">Corrections from simulation; null for none.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is null.</exception>
    /// <exception cref="PlanningInfeasibleException">A segment has no route that takes its orders.</exception>
    public static PlanningProblem From(RouteCatalogue catalogue, PlanningAdjustments? adjustments = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return new PlanningProblemBuilder(catalogue, adjustments ?? PlanningAdjustments.None).Build();
    }
}
