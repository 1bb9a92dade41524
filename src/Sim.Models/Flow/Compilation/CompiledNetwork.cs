using Sim.Models.Kpis;
using Sim.Models.Scenarios;

namespace Sim.Models.Flow.Compilation;

/// <summary>
/// A scenario compiled for simulation, once for all its replications: the routes its fulfilment
/// policies, warehouses and returns use, the stations they share (server pools, daily quotas,
/// departure lines, customs points), the demand sources with their fulfilment policies, the stock
/// points and the KPI groups. Holds no simulator and no random stream: each replication attaches its
/// own (<see cref="ParcelFlowModel"/>). Immutable and thread-safe.
/// </summary>
public sealed class CompiledNetwork
{
    internal CompiledNetwork(Scenario scenario, NetworkParts parts)
    {
        Scenario = scenario;
        Routes = parts.Routes;
        Groups = parts.Groups;
        Products = parts.Products;
        Markets = parts.Markets;
        Pools = parts.Pools;
        Quotas = parts.Quotas;
        Lines = parts.Lines;
        CustomsPoints = parts.CustomsPoints;
        ResourceOrder = parts.ResourceOrder;
        Warehouses = parts.Warehouses;
        StockPoints = parts.StockPoints;
        Sources = parts.Sources;
        ReturnsByMarket = parts.ReturnsByMarket;
        GroupModes = parts.GroupModes;
    }

    /// <summary>The scenario compiled, with any <see cref="FlowOverrides"/> applied.</summary>
    public Scenario Scenario { get; }

    /// <summary>Every route, by index.</summary>
    public IReadOnlyList<CompiledRoute> Routes { get; }

    /// <summary>The KPI groups of orders (<c>mode=M;market=K</c>), by group index.</summary>
    public IReadOnlyList<GroupKey> Groups { get; }

    internal ProductFacts[] Products { get; }

    internal MarketRules[] Markets { get; }

    internal ServerPoolSpec[] Pools { get; }

    internal DailyQuotaSpec[] Quotas { get; }

    internal DepartureLineSpec[] Lines { get; }

    internal GroupKey[] CustomsPoints { get; }

    internal ResourceSlot[] ResourceOrder { get; }

    internal CompiledWarehouse[] Warehouses { get; }

    internal CompiledStockPoint[] StockPoints { get; }

    internal DemandSourceSpec[] Sources { get; }

    internal CompiledReturns?[] ReturnsByMarket { get; }

    /// <summary>The (mode, market) of each group, by group index.</summary>
    internal (string Mode, string Market)[] GroupModes { get; }

    /// <summary>The route of <paramref name="mode"/> from <paramref name="origin"/> (a warehouse for warehouse modes) to <paramref name="market"/>, or null when the network has none.</summary>
    /// <param name="mode">A mode id.</param>
    /// <param name="origin">An origin node id, or the warehouse id for a warehouse mode.</param>
    /// <param name="market">A market code.</param>
    public CompiledRoute? FindRoute(string mode, string origin, string market)
    {
        foreach (var route in Routes)
        {
            if (route.Mode.Id == mode && route.Origin == origin && route.Market == market && route.Group is not null)
            {
                return route;
            }
        }

        return null;
    }
}
