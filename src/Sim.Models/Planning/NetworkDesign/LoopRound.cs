using Sim.Models.Kpis;
using Sim.Models.Planning.Plans;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>One round of the simulation-optimisation loop: the plan made with the corrections so far, what changed from the previous round's plan, and what its simulation measured. Immutable.</summary>
/// <param name="Round">The round, from 1.</param>
/// <param name="Solution">The MIP's solution.</param>
/// <param name="Plan">The plan.</param>
/// <param name="Changes">What changed from the previous round's plan (see <see cref="PlanChanges"/>); empty when nothing did.</param>
/// <param name="Simulated">The plan's simulated KPIs.</param>
public sealed record LoopRound(int Round, NetworkDesignSolution Solution, Plan Plan, IReadOnlyList<string> Changes, KpiSummary Simulated)
{
    /// <summary>True when the plan did not change from the previous round's: the loop stops.</summary>
    public bool Converged => Changes.Count == 0;
}
