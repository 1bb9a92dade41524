using System.Globalization;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// What the simulation-optimisation loop did: its rounds (the last holds the plan to use), why it
/// stopped, and, when it cannot meet a service level, the tightened targets no plan reaches with the
/// best expected value a plan reaches for each. Immutable.
/// </summary>
/// <param name="Rounds">Every round, in order; at least one.</param>
/// <param name="End">Why it stopped.</param>
/// <param name="Unreachable">With <see cref="LoopEnd.CannotMeet"/>: the tightened targets no plan reaches (see <see cref="Shortfall"/>); empty otherwise.</param>
public sealed record LoopResult(IReadOnlyList<LoopRound> Rounds, LoopEnd End, IReadOnlyList<Shortfall> Unreachable)
{
    /// <summary>The last round, whose plan is the loop's answer.</summary>
    public LoopRound Last => Rounds[^1];

    /// <summary>The service targets of the last round that its simulation did not meet.</summary>
    public IReadOnlyList<ServiceLevelCheck> Unmet => [.. Last.Levels.Where(l => l.Measured && !l.Met)];

    /// <summary>What a planner reads about how the loop ended, one sentence a line: the verdict, then each unmet target or figure apart.</summary>
    public IReadOnlyList<string> Describe()
    {
        var lines = new List<string>();
        int n = Rounds.Count;
        switch (End)
        {
            case LoopEnd.Converged:
                lines.Add(Invariant($"the plan held in round {n}: it did not change, every service level was met in simulation, and planned cost and days are within {LoopRound.FigureTolerance:0%} of simulated in every market with at least {LoopRound.MinOrdersCompared:#,0} orders"));
                break;
            case LoopEnd.RoundLimit:
                lines.Add(Invariant($"stopped after {n} rounds, the limit, without the plan holding; the plan of round {n} is the answer"));
                break;
            default:
                lines.Add(Invariant($"cannot meet every service level in simulation: no plan reaches the targets that round {n}'s shortfalls call for; the plan of round {n} is the answer"));
                lines.AddRange(Unreachable.Select(s => "  " + s.Describe()));
                break;
        }

        foreach (var level in Unmet)
        {
            lines.Add("  " + Shortfall(level));
        }

        if (End != LoopEnd.Converged)
        {
            lines.AddRange(Last.FiguresApart.Select(f => "  " + f));
        }

        return lines;
    }

    private static string Shortfall(ServiceLevelCheck level)
    {
        var target = level.Target;
        string measure = target.AtLeast ? Invariant($"share delivered within {target.Level.WithinDays:0.##} days") : "mean delivery days";
        string interval = double.IsFinite(level.HalfWidth) ? Invariant($" ± {level.HalfWidth:0.####}") : "";
        return Invariant($"{target.Level.Subject}: {measure} simulated {level.Simulated:0.####}{interval} against a target of {target.Target:0.####} (planned for {target.Required:0.####}, expected {level.Planned:0.####}): not met");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
