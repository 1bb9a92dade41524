using Sim.Models.Planning.Plans;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>One plan of the cost-delay frontier: the bound on the overall mean delivery days it was planned under (null for the cheapest), its solution, stock levels and plan. Immutable.</summary>
/// <param name="Index">Its position, 0 (the cheapest) to K − 1 (the fastest).</param>
/// <param name="MaxMeanDays">The epsilon bound on mean delivery days; null for the unbounded cheapest plan.</param>
/// <param name="Solution">The MIP's solution.</param>
/// <param name="Levels">Its stock levels.</param>
/// <param name="Plan">The plan.</param>
public sealed record FrontierPoint(int Index, double? MaxMeanDays, NetworkDesignSolution Solution, IReadOnlyList<StockLevelPlan> Levels, Plan Plan);
