using System.Globalization;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// A requirement no plan meets, and the best any plan reaches (from the relaxation that minimises the
/// total shortfall): a market's on-time or mean-days target, a station's capacity, or a lane no route
/// can take. Immutable.
/// </summary>
/// <param name="Subject">What it is about: <c>market BR</c>, <c>market US, class electronics</c>, <c>station quota=postal/exchange (parcels/day)</c>, <c>lane yiwu/BR/apparel/b2b</c>.</param>
/// <param name="Constraint">The requirement: <c>share</c> (delivered within <paramref name="WithinDays"/>), <c>mean_days</c>, <c>capacity</c>, <c>route</c>, or <c>other</c> (a bound on the overall mean days, warehouse storage).</param>
/// <param name="Target">The target or capacity; NaN when there is none (no route).</param>
/// <param name="BestAchievable">The best value a plan reaches (share, mean days, or load per day); NaN when none.</param>
/// <param name="WithinDays">The days a <c>share</c> is measured within; null for other requirements.</param>
public sealed record Shortfall(string Subject, string Constraint, double Target, double BestAchievable, double? WithinDays = null)
{
    /// <summary>One sentence a planner reads, e.g. <c>market BR: a share of 0.99 delivered within 20 days cannot be met; the best a plan reaches is 0.9412</c>.</summary>
    public string Describe() => Constraint switch
    {
        "share" => Invariant($"{Subject}: a share of {Target:0.####} delivered within {WithinDays:0.##} days cannot be met; the best a plan reaches is {BestAchievable:0.####}"),
        "mean_days" => Invariant($"{Subject}: mean_days <= {Target:0.###} cannot be met; the best a plan reaches is {BestAchievable:0.###} days"),
        "capacity" => Invariant($"{Subject}: the demand needs at least {BestAchievable:0.##} per day, above the usable capacity of {Target:0.##} (raise the capacity or planning.max_utilisation)"),
        "route" => $"{Subject}: no route takes these orders (no lane, or every mode's max_weight_kg or max_value is below them)",
        _ => $"{Subject}: no plan meets the requirements together (a bound on the overall mean delivery days, or warehouse storage)",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
