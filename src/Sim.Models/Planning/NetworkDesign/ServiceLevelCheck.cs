using Sim.Engine.Statistics;
using Sim.Models.Kpis;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// A service target of a plan held against the plan's simulation: the level's own target, what the
/// plan was required to reach (the target, or the loop's tightened target), what it expected, and the
/// simulated value over replications with its 95% interval. A share is measured per replication as
/// the orders of its group delivered within the days (from the delivery-time histogram, within 0.1%
/// of a day's length) over all its orders, lost, seized and undelivered ones included; mean days as the
/// group's mean delivery days. The target is met when the interval's end on the wrong side (the lower
/// end of a share, the upper end of mean days; the mean alone with one replication) is within
/// <see cref="ShareTolerance"/> of a share or <see cref="DaysTolerance"/> of the days. Immutable.
/// </summary>
/// <param name="Target">The service target.</param>
/// <param name="Planned">The plan's expected value (uncorrected expectation, as the MIP reads it).</param>
/// <param name="Simulated">The mean over replications; NaN when the simulation has no orders in its group.</param>
/// <param name="HalfWidth">The 95% half-width; NaN with fewer than two replications measured.</param>
public sealed record ServiceLevelCheck(ServiceTarget Target, double Planned, double Simulated, double HalfWidth)
{
    /// <summary>How far below a share target the lower end of the interval may lie and still meet it: half a percentage point.</summary>
    public const double ShareTolerance = 0.005;

    /// <summary>How far above a mean-days target, as a share of it, the upper end may lie and still meet it: 0.5%.</summary>
    public const double DaysTolerance = 0.005;

    /// <summary>True when the simulation measured the group.</summary>
    public bool Measured => double.IsFinite(Simulated);

    /// <summary>The end of the interval on the wrong side of the target: the lower end of a share, the upper end of mean days; the mean without an interval.</summary>
    public double WorstEnd => !double.IsFinite(HalfWidth) ? Simulated : Target.AtLeast ? Simulated - HalfWidth : Simulated + HalfWidth;

    /// <summary>True when the simulated value meets the target (see the remarks above).</summary>
    public bool Met => Measured && (Target.AtLeast
        ? WorstEnd >= Target.Target - ShareTolerance
        : WorstEnd <= Target.Target * (1 + DaysTolerance));

    /// <summary>How far the interval's worst end lies on the wrong side of the target (share points or days); zero or less when it does not.</summary>
    public double ShortBy => !Measured ? double.NaN : Target.AtLeast ? Target.Target - WorstEnd : WorstEnd - Target.Target;

    /// <summary>The check of <paramref name="target"/> for the plan of <paramref name="solution"/> simulated as <paramref name="replications"/>.</summary>
    /// <param name="target">A target of the solution's problem.</param>
    /// <param name="solution">The solution planned.</param>
    /// <param name="replications">Each replication of the plan's simulation.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ServiceLevelCheck Of(ServiceTarget target, NetworkDesignSolution solution, IReadOnlyList<ReplicationKpis> replications)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(solution);
        var (mean, halfWidth) = Measure(target, replications);
        return new ServiceLevelCheck(target, target.Planned(solution.Problem, solution.Shares), mean, halfWidth);
    }

    /// <summary>What <paramref name="replications"/> measured of <paramref name="target"/>'s group: the mean over replications and its 95% half-width (NaN with fewer than two; the mean NaN with none that had orders in the group).</summary>
    /// <param name="target">A service target.</param>
    /// <param name="replications">Each replication of a simulation (of a plan, or of the scenario as given).</param>
    /// <returns>The mean and half-width.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static (double Mean, double HalfWidth) Measure(ServiceTarget target, IReadOnlyList<ReplicationKpis> replications)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(replications);
        var values = new List<double>();
        foreach (var replication in replications)
        {
            if (replication.Group(target.Group) is { Orders: > 0 } group)
            {
                values.Add(target.Measure == ServiceMeasure.ShareWithin
                    ? group.DeliveryDays.CountAtMost(target.Level.WithinDays!.Value) / group.Orders
                    : group.DeliveryDays.Mean);
            }
        }

        var summary = ReplicationSummary.FromValues(values.Where(double.IsFinite));
        return (summary.Count > 0 ? summary.Mean : double.NaN, summary.Count > 1 ? summary.HalfWidth : double.NaN);
    }
}
