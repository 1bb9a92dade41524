namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// The loop's answer to a service target its simulation did not meet: the next plan must reach the
/// target it was required to reach, moved by the shortfall (how far the simulated interval's worst
/// end lies on the wrong side of the level's own target). The MIP's values per route stay their
/// uncorrected expectations, so repeated tightening acts as an integral control on the gap between
/// expectation and simulation: with a steady gap g and half-width h, one step requires target + g + h
/// and meets it. A target is never relaxed (plans do not oscillate); a share cannot be required above
/// 1 nor mean days below <see cref="LeastDays"/>, and a target already there that still falls short
/// cannot be met. Stateless.
/// </summary>
public static class TargetTightening
{
    /// <summary>The fewest mean days a target may be tightened to.</summary>
    public const double LeastDays = 0.01;

    /// <summary>The required targets for the next round, and the targets that cannot be tightened further.</summary>
    /// <param name="current">The corrections the round was planned with (its tightened targets).</param>
    /// <param name="levels">The round's checks.</param>
    /// <returns>The tightened targets by (level key, measure), and a shortfall for each target already at its limit (target: the limit; best: the planned value).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static (IReadOnlyDictionary<(string Level, ServiceMeasure Measure), double> Required, IReadOnlyList<Shortfall> AtLimit) Next(PlanningAdjustments current, IReadOnlyList<ServiceLevelCheck> levels)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(levels);
        var required = new Dictionary<(string Level, ServiceMeasure Measure), double>(current.RequiredTargets);
        var atLimit = new List<Shortfall>();
        foreach (var check in levels.Where(l => l.Measured && !l.Met))
        {
            var target = check.Target;
            double next = target.AtLeast ? Math.Min(1, target.Required + check.ShortBy) : Math.Max(LeastDays, target.Required - check.ShortBy);
            if (next == target.Required)
            {
                atLimit.Add(new Shortfall(target.Level.Subject, target.AtLeast ? "share" : "mean_days", target.Required, check.Planned, target.AtLeast ? target.Level.WithinDays : null));
            }

            required[(target.Level.Key, target.Measure)] = next;
        }

        return (required, atLimit);
    }
}
