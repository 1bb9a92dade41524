using Sim.Models.Demand;
using Sim.Models.Flow;
using Sim.Models.Flow.Compilation;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// The compiled routes planning reads its figures from, compiled once per scenario and shared by
/// every planning round: each order route the scenario offers (their delivery-time distributions
/// computed up front, in parallel), each warehouse's replenishment route under each candidate mode,
/// and the reverse routes of returns. Immutable and thread-safe.
/// </summary>
public sealed class RouteCatalogue
{
    private RouteCatalogue(Scenario scenario, IReadOnlyDictionary<string, IReadOnlyList<string>> candidates, IReadOnlyList<CompiledRoute> orders, IReadOnlyDictionary<(string Warehouse, string Mode), CompiledRoute> replenishment, IReadOnlyList<CompiledRoute> reverse)
    {
        Scenario = scenario;
        ReplenishmentCandidates = candidates;
        OrderRoutes = orders;
        Replenishment = replenishment;
        ReverseRoutes = reverse;
    }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>The replenishment modes each warehouse may choose among, its scenario mode first unless the caller gave others.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ReplenishmentCandidates { get; }

    /// <summary>Every offered route that carries orders: each lane's direct mode, each warehouse's fulfilment mode.</summary>
    public IReadOnlyList<CompiledRoute> OrderRoutes { get; }

    /// <summary>The replenishment route of each (warehouse, candidate mode).</summary>
    public IReadOnlyDictionary<(string Warehouse, string Mode), CompiledRoute> Replenishment { get; }

    /// <summary>The reverse routes returns take.</summary>
    public IReadOnlyList<CompiledRoute> ReverseRoutes { get; }

    /// <summary>Compiles the routes of <paramref name="scenario"/>.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="replenishmentCandidates">Replenishment modes each warehouse may choose among; a warehouse not listed keeps its scenario mode.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    /// <exception cref="ArgumentException">A candidate is not a replenishment mode of the scenario, or names an unknown warehouse.</exception>
    public static RouteCatalogue Of(Scenario scenario, IReadOnlyDictionary<string, IReadOnlyList<string>>? replenishmentCandidates = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var candidates = scenario.Warehouses.ToDictionary(
            w => w.Id,
            w => replenishmentCandidates is not null && replenishmentCandidates.TryGetValue(w.Id, out var listed) && listed.Count > 0 ? listed : (IReadOnlyList<string>)[w.ReplenishmentMode],
            StringComparer.Ordinal);
        var offered = RouteCompiler.OfferedRoutes(scenario);
        var orders = offered.Where(r => r.Mode.Kind.CarriesOrders()).ToList();
        var replenishment = new Dictionary<(string, string), CompiledRoute>();
        int rounds = candidates.Count == 0 ? 0 : candidates.Values.Max(c => c.Count);
        for (int j = 0; j < rounds; j++)
        {
            var modes = candidates.Where(c => c.Value.Count > j).ToDictionary(c => c.Key, c => c.Value[j]);
            var routes = modes.All(m => scenario.Warehouses.First(w => w.Id == m.Key).ReplenishmentMode == m.Value)
                ? offered
                : RouteCompiler.OfferedRoutes(new FlowOverrides { ReplenishmentModes = modes }.ApplyTo(scenario));
            foreach (var route in routes.Where(r => r.Mode.Kind.IsReplenishment() && r.Warehouse is not null))
            {
                replenishment.TryAdd((route.Warehouse!, route.Mode.Id), route);
            }
        }

        var reverse = RouteCompiler.Compile(scenario).Routes.Where(r => r.Mode.Kind.IsReverse()).ToList();
        var anyProduct = scenario.ProductClasses[0];
        // The delivery-time distributions (lattice convolutions) are the costly part: compute them once, in parallel.
        Parallel.ForEach(orders, route => RouteExpectation.For(route, anyProduct).DeliveryCdf(0));
        return new RouteCatalogue(scenario, candidates, orders, replenishment, reverse);
    }

    /// <summary>The expected cost of one reverse trip of <paramref name="product"/> by <paramref name="mode"/> in <paramref name="market"/>; 0 when there is no such route.</summary>
    internal double ReverseCost(string? mode, string market, ProductClass product) =>
        ReverseRoutes.FirstOrDefault(r => r.Mode.Id == mode && r.Market == market) is { } route ? RouteExpectation.For(route, product).ExpectedCost.Total : 0;
}
