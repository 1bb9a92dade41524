namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// A warehouse a plan may open: the market and mode it serves, its fixed cost, storage capacity and
/// the replenishment modes it may choose among. Immutable.
/// </summary>
/// <param name="Index">Its index in <see cref="PlanningProblem.Warehouses"/>.</param>
/// <param name="Id">The warehouse id.</param>
/// <param name="Market">The market it serves.</param>
/// <param name="FulfilmentMode">The warehouse mode that ships its orders.</param>
/// <param name="FixedCostPerDay">Cost per day of keeping it open (0 until scenarios state one).</param>
/// <param name="CapacityUnits">Storage capacity over all classes, units; null for unlimited.</param>
/// <param name="ReplenishmentModes">The replenishment modes it may use; at least one.</param>
public sealed record WarehouseOption(int Index, string Id, string Market, string FulfilmentMode, double FixedCostPerDay, double? CapacityUnits, IReadOnlyList<string> ReplenishmentModes);
