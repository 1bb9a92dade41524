using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Flow.Compilation;

/// <summary>
/// Compiles a scenario into routes without a simulator: for simulation (<see cref="Compile"/>: the
/// routes the scenario's policies, warehouses and returns use, with the stations they share), or for
/// planning (<see cref="OfferedRoutes"/>: every route the scenario offers, each with its
/// <see cref="RouteExpectation"/>). Stateless and thread-safe.
/// </summary>
public static class RouteCompiler
{
    /// <summary>Compiles <paramref name="scenario"/>, with <paramref name="overrides"/> applied, for simulation.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="overrides">Routing, fulfilment, warehouse and timetable decisions that replace the scenario's; null for none.</param>
    /// <returns>The compiled network, shareable by every replication.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    /// <exception cref="ArgumentException">An override names something the scenario does not have.</exception>
    /// <exception cref="InvalidOperationException">The scenario (or an override) refers to something it does not define, or a lane's policy offers no mode (a loader-validated scenario without overrides never does).</exception>
    public static CompiledNetwork Compile(Scenario scenario, FlowOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        overrides ??= FlowOverrides.None;
        var applied = overrides.ApplyTo(scenario);
        var builder = new NetworkBuilder(applied);
        WarehouseCompiler.Compile(builder);
        var sources = DemandCompiler.Compile(builder, overrides.Routing);
        var returns = ReturnsCompiler.Compile(builder);
        return new CompiledNetwork(applied, builder.Parts(sources, returns));
    }

    /// <summary>
    /// Every route the scenario offers, whether or not its policies use it: each lane's direct mode from
    /// its origin to its market, each warehouse's fulfilment mode from the warehouse to each market it serves, and each
    /// warehouse's replenishment route; in that order.
    /// </summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <returns>The routes; <see cref="RouteExpectation.For"/> gives each one's expected cost and time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public static IReadOnlyList<CompiledRoute> OfferedRoutes(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var builder = new NetworkBuilder(scenario);
        var routes = new List<int>();
        foreach (var lane in scenario.Lanes)
        {
            if (builder.Mode(lane.Mode).Kind.IsDirectMode())
            {
                routes.Add(builder.RouteFor(lane.Mode, lane.Market, lane.Origin, CompiledWarehouseRef.None));
            }
        }

        foreach (var warehouse in scenario.Warehouses)
        {
            foreach (var served in warehouse.Serves)
            {
                routes.Add(builder.RouteFor(served.FulfilmentMode, served.Market, warehouse.Id, CompiledWarehouseRef.Of(warehouse)));
            }
        }

        foreach (var warehouse in scenario.Warehouses)
        {
            routes.Add(builder.RouteFor(warehouse.ReplenishmentMode, warehouse.Market, warehouse.ReplenishmentOrigin, CompiledWarehouseRef.Of(warehouse)));
        }

        return [.. routes.Distinct().Select(i => builder.Routes[i])];
    }
}
