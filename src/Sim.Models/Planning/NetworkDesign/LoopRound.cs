using System.Globalization;
using Sim.Models.Kpis;
using Sim.Models.Planning.Plans;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// One round of the simulation-optimisation loop: the plan made with the corrections and tightened
/// targets so far, what changed from the previous round's plan, what its simulation measured, and each
/// service target held against the simulation. Immutable.
/// </summary>
/// <param name="Round">The round, from 1.</param>
/// <param name="Solution">The MIP's solution.</param>
/// <param name="Plan">The plan.</param>
/// <param name="Changes">What changed from the previous round's plan (see <see cref="PlanChanges"/>); empty when nothing did.</param>
/// <param name="Simulated">The plan's simulated KPIs.</param>
/// <param name="Levels">Every service target of the problem, held against the simulation.</param>
public sealed record LoopRound(int Round, NetworkDesignSolution Solution, Plan Plan, IReadOnlyList<string> Changes, KpiSummary Simulated, IReadOnlyList<ServiceLevelCheck> Levels)
{
    /// <summary>How far a market's planned cost per parcel and mean days may lie from the simulated, as a share of the simulated, for the plan to hold: 3%.</summary>
    public const double FigureTolerance = 0.03;

    /// <summary>Fewest orders per replication a market needs for its planned figures to be held against the simulated ones.</summary>
    public const double MinOrdersCompared = 1000;

    /// <summary>True when every service target the simulation measured was met.</summary>
    public bool LevelsMet => Levels.All(l => l.Met || !l.Measured);

    /// <summary>
    /// The markets (with at least <see cref="MinOrdersCompared"/> orders per replication) whose planned cost
    /// per parcel or mean days lie more than <see cref="FigureTolerance"/> from the simulated, one phrase
    /// each (<c>market US: cost per parcel planned 12.3, simulated 13.1 (6.1% apart)</c>); empty when none do.
    /// </summary>
    public IReadOnlyList<string> FiguresApart
    {
        get
        {
            var apart = new List<string>();
            foreach (var (market, planned) in Solution.Markets)
            {
                if (SimulatedFigures.From(Simulated, "market=" + market) is not { Orders: >= MinOrdersCompared } simulated)
                {
                    continue;
                }

                foreach (var (what, plan, sim) in new[] { ("cost per parcel", planned.CostPerOrder, simulated.CostPerOrder), ("mean days", planned.MeanDays, simulated.MeanDays) })
                {
                    double gap = Math.Abs(plan - sim) / Math.Abs(sim);
                    if (!(gap <= FigureTolerance))
                    {
                        apart.Add(string.Create(CultureInfo.InvariantCulture, $"market {market}: {what} planned {plan:0.###}, simulated {sim:0.###} ({gap:0.0%} apart)"));
                    }
                }
            }

            return apart;
        }
    }

    /// <summary>True when the plan holds: it did not change from the previous round's, every measured service target was met and the planned figures agree with the simulated ones; the loop stops.</summary>
    public bool Converged => Changes.Count == 0 && LevelsMet && FiguresApart.Count == 0;
}
