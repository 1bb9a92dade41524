using Sim.Models.Planning.Plans;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// The stock levels chosen for one stocked (warehouse, class), with what they were computed from:
/// the daily demand, the lead time in days, the costs, the pack size demand was counted in, the
/// critical ratio p/(p + h) (the target probability of ending a day without a shortage) and the
/// exact long-run cost per day of the policy in that model. Immutable.
/// </summary>
/// <param name="Warehouse">The warehouse id.</param>
/// <param name="Policy">The levels, as a plan writes them.</param>
/// <param name="UnitsPerDay">Mean units demanded per day.</param>
/// <param name="LeadTimeDays">Whole days from ordering to receipt used.</param>
/// <param name="OrderCost">K: cost of one replenishment shipment (per shipment, containers, fees).</param>
/// <param name="HoldingCost">h per unit per day.</param>
/// <param name="ShortageCost">p per unit per day short.</param>
/// <param name="PackSize">Units per counted pack (matching the lead-time demand's variance and keeping the exact algorithm's size in bounds).</param>
/// <param name="CriticalRatio">p/(p + h).</param>
/// <param name="CostPerDay">The policy's long-run holding, shortage and ordering cost per day in that model.</param>
public sealed record StockLevelPlan(
    string Warehouse,
    PlannedStockPolicy Policy,
    double UnitsPerDay,
    int LeadTimeDays,
    double OrderCost,
    double HoldingCost,
    double ShortageCost,
    int PackSize,
    double CriticalRatio,
    double CostPerDay);
