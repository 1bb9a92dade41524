namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// A warehouse of the scenario as the plan sees it: the markets it serves from one stock, whether the
/// plan may close it, its fixed cost, its storage and picking capacities and the replenishment modes
/// it may choose among. Immutable.
/// </summary>
/// <param name="Index">Its index in <see cref="PlanningProblem.Warehouses"/>.</param>
/// <param name="Id">The warehouse id.</param>
/// <param name="Market">Its home market (the one its replenishment clears into).</param>
/// <param name="FulfilmentMode">The warehouse mode that ships the home market's orders.</param>
/// <param name="Markets">Every market it serves from its one stock per class: the home market first, then <c>also_serves</c>.</param>
/// <param name="Candidate">True when the plan may leave it closed; false forces it open (its fixed cost is then paid whatever the plan).</param>
/// <param name="FixedCostPerDay">Cost per day of keeping it open, scenario currency; zero or more.</param>
/// <param name="CapacityUnits">Storage capacity over all classes, units; null for no limit in units.</param>
/// <param name="CapacityM3">Storage capacity over all classes, m³ (units × each class's volume); null for no limit in m³.</param>
/// <param name="PickCapacityPerDay">Orders it picks per day over every market it serves; null for no limit.</param>
/// <param name="ReplenishmentModes">The replenishment modes it may use; at least one.</param>
public sealed record WarehouseOption(
    int Index,
    string Id,
    string Market,
    string FulfilmentMode,
    IReadOnlyList<string> Markets,
    bool Candidate,
    double FixedCostPerDay,
    double? CapacityUnits,
    double? CapacityM3,
    double? PickCapacityPerDay,
    IReadOnlyList<string> ReplenishmentModes);
