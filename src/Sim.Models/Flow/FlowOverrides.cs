using Sim.Models.Inventory;
using Sim.Models.Scenarios;

namespace Sim.Models.Flow;

/// <summary>
/// Decisions made outside the scenario file and applied on top of it before it is compiled: how each
/// demand stream's orders are routed, which warehouses are closed, how open ones are replenished and
/// stocked, and how often timetabled lines depart. This is the seam a plan comes in by: planning maps
/// its plan onto it. Immutable.
/// </summary>
public sealed record FlowOverrides
{
    /// <summary>No override: the scenario as it is.</summary>
    public static FlowOverrides None { get; } = new();

    /// <summary>The fulfilment policy of each overridden lane, keyed by (market code, product class id); the lane must have demand in the scenario.</summary>
    public IReadOnlyDictionary<(string Market, string ProductClass), FulfilmentPolicySpec> Fulfilment { get; init; } =
        new Dictionary<(string Market, string ProductClass), FulfilmentPolicySpec>();

    /// <summary>
    /// The routing of each overridden demand stream, keyed by (origin, market code, product class id):
    /// it replaces the lane's policy (and <see cref="Fulfilment"/>) for that stream's orders. The stream
    /// must be in the demand table; its routes must be offered (a lane for a direct mode; an open warehouse
    /// serving the market by that mode and stocking the class for a warehouse mode).
    /// </summary>
    public IReadOnlyDictionary<(string Origin, string Market, string ProductClass), StreamRouting> Routing { get; init; } =
        new Dictionary<(string Origin, string Market, string ProductClass), StreamRouting>();

    /// <summary>
    /// The stock policy of each overridden stock point, keyed by (warehouse id, product class id); the
    /// policy's <see cref="StockPolicy.ProductClass"/> must be the key's. A class the warehouse did not
    /// stock starts being stocked.
    /// </summary>
    public IReadOnlyDictionary<(string Warehouse, string ProductClass), StockPolicy> StockPolicies { get; init; } =
        new Dictionary<(string Warehouse, string ProductClass), StockPolicy>();

    /// <summary>
    /// The complete list of stock policies of each listed warehouse, replacing the scenario's list (a
    /// class left out is no longer stocked there); applied before <see cref="StockPolicies"/>. At least
    /// one policy, classes unique.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<StockPolicy>> WarehouseStock { get; init; } =
        new Dictionary<string, IReadOnlyList<StockPolicy>>();

    /// <summary>
    /// Warehouses that are closed: they hold no stock, order nothing and ship nothing; returns the
    /// market would send to one go to the origin instead (or end at once when the market has no origin
    /// reverse mode). No policy may send orders to a closed warehouse.
    /// </summary>
    public IReadOnlySet<string> ClosedWarehouses { get; init; } = new HashSet<string>();

    /// <summary>The replenishment mode (kind replenishment) of each listed warehouse, replacing the scenario's.</summary>
    public IReadOnlyDictionary<string, string> ReplenishmentModes { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Departures per week (1 to 168) of each listed mode's timetabled line-haul legs, replacing their
    /// timetables while keeping the first departure hour, the cut-off and the capacity per departure: up to
    /// 7 a week, one a day at that hour on weekdays spread evenly from Monday; more, every 168/n hours.
    /// </summary>
    public IReadOnlyDictionary<string, int> WeeklyDepartures { get; init; } = new Dictionary<string, int>();

    /// <summary>True when nothing is overridden.</summary>
    public bool IsEmpty =>
        Fulfilment.Count == 0 && Routing.Count == 0 && StockPolicies.Count == 0 && WarehouseStock.Count == 0
        && ClosedWarehouses.Count == 0 && ReplenishmentModes.Count == 0 && WeeklyDepartures.Count == 0;

    /// <summary>
    /// The scenario with these overrides applied, except <see cref="Routing"/> (which the scenario
    /// cannot express per origin: the route compiler applies it to the demand streams).
    /// </summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <returns><paramref name="scenario"/> itself when there is nothing to override, else a changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    /// <exception cref="ArgumentException">An override names a lane, stream, mode, warehouse or product class the scenario does not have, or one of the wrong kind.</exception>
    public Scenario ApplyTo(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return IsEmpty ? scenario : OverrideApplication.Apply(this, scenario);
    }
}
