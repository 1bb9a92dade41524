namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// A stocked (warehouse, class) in a solution: the flow through it, its replenishment mode, the
/// order cycle the MIP costed it at, the containers per shipment and its cost per day (stock,
/// shipments, duties at entry; pipeline holding excluded). Immutable.
/// </summary>
/// <param name="StockOption">The stock option's index.</param>
/// <param name="UnitsPerDay">Units per day drawn from it.</param>
/// <param name="ReplenishmentMode">The replenishment mode chosen.</param>
/// <param name="Replenishment">The chosen replenishment option's index.</param>
/// <param name="CycleDays">Days between shipments the MIP assumed.</param>
/// <param name="ContainersPerShipment">Containers per shipment on each container leg.</param>
/// <param name="CostPerDay">Its cost per day as the simulation books it.</param>
/// <param name="PipelineCostPerDay">Holding of the stock in transit, per day (planning only).</param>
/// <param name="BaseStock">True when the cycle is the scenario's (R,S) base-stock review, false for (s,S).</param>
public sealed record StockDecision(int StockOption, double UnitsPerDay, string ReplenishmentMode, int Replenishment, double CycleDays, IReadOnlyList<double> ContainersPerShipment, double CostPerDay, double PipelineCostPerDay, bool BaseStock);
