using Sim.Models.Inventory;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// One product class that a plan may stock in one warehouse, with what it costs to hold and how it
/// can be replenished. Immutable.
/// </summary>
/// <param name="Index">Its index in <see cref="PlanningProblem.StockOptions"/>.</param>
/// <param name="Warehouse">The warehouse's index in <see cref="PlanningProblem.Warehouses"/>.</param>
/// <param name="ProductClass">The product class id.</param>
/// <param name="HoldingCostPerUnitDay">The warehouse's holding cost per unit on hand per day.</param>
/// <param name="UnitVolumeM3">Volume of a unit, m³.</param>
/// <param name="MaxUnitsPerDay">Units per day if every order of the class in the market came here: bounds the flow.</param>
/// <param name="DemandDispersion">Variance over mean of the units demanded per day (1 for single-unit Poisson orders; more with B2B orders).</param>
/// <param name="ReferenceUnitsPerDay">The flow at which the safety stock is linearised; positive.</param>
/// <param name="ShortageCostPerUnitDay">The shortage cost p for stock levels: the fallback's extra cost per unit, or the backorder penalty.</param>
/// <param name="Replenishment">The replenishment options (index matches <see cref="WarehouseOption.ReplenishmentModes"/>).</param>
/// <param name="ScenarioPolicy">The scenario's policy for this class at this warehouse; null when it does not stock it.</param>
/// <param name="FallbackMode">The direct mode a stock-out falls back to in a plan; null to backorder.</param>
/// <param name="BaseStockReviewDays">The review period R of the scenario's (R,S) base-stock policy for this class here, offered to the plan beside (s,S); null when the scenario has none.</param>
public sealed record StockOption(
    int Index,
    int Warehouse,
    string ProductClass,
    double HoldingCostPerUnitDay,
    double UnitVolumeM3,
    double MaxUnitsPerDay,
    double DemandDispersion,
    double ReferenceUnitsPerDay,
    double ShortageCostPerUnitDay,
    IReadOnlyList<ReplenishmentOption> Replenishment,
    StockPolicy? ScenarioPolicy,
    string? FallbackMode,
    double? BaseStockReviewDays);
