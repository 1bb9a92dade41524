using System.Globalization;
using Sim.Models.Planning.Plans;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// What changed from one plan to the next, and whether the change matters: a lane whose routes or
/// shares moved by more than <see cref="ShareTolerance"/>, a warehouse opened or closed, a class
/// stocked or dropped, a stock level moved by more than <see cref="LevelTolerance"/> of itself. A plan
/// whose changes are all within these tolerances "no longer changes". Stateless and thread-safe.
/// </summary>
public static class PlanChanges
{
    /// <summary>Shares closer than this are the same.</summary>
    public const double ShareTolerance = 0.02;

    /// <summary>Stock levels closer than this share of the larger are the same.</summary>
    public const double LevelTolerance = 0.1;

    /// <summary>The changes from <paramref name="previous"/> to <paramref name="current"/>, one short phrase each; empty when the plan did not change.</summary>
    /// <param name="previous">The earlier plan; null for none (then the only change is "first plan").</param>
    /// <param name="current">The later plan.</param>
    /// <returns>The phrases, lanes first, then warehouses and stock levels.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is null.</exception>
    public static IReadOnlyList<string> Between(Plan? previous, Plan current)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (previous is null)
        {
            return ["first plan"];
        }

        var changes = new List<string>();
        var before = Routes(previous);
        var after = Routes(current);
        foreach (var lane in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var a = before.GetValueOrDefault(lane) ?? [];
            var b = after.GetValueOrDefault(lane) ?? [];
            if (a.Keys.Union(b.Keys).Any(route => Math.Abs(a.GetValueOrDefault(route) - b.GetValueOrDefault(route)) > ShareTolerance))
            {
                changes.Add($"{lane}: {Describe(a)} -> {Describe(b)}");
            }
        }

        var oldStock = Levels(previous);
        var newStock = Levels(current);
        foreach (var warehouse in previous.Warehouses.Select(w => w.Id).Except(current.Warehouses.Select(w => w.Id)))
        {
            changes.Add($"closed {warehouse}");
        }

        foreach (var warehouse in current.Warehouses.Select(w => w.Id).Except(previous.Warehouses.Select(w => w.Id)))
        {
            changes.Add($"opened {warehouse}");
        }

        foreach (var key in oldStock.Keys.Union(newStock.Keys).Order(StringComparer.Ordinal))
        {
            if (!oldStock.TryGetValue(key, out double was))
            {
                changes.Add($"stocks {key}");
            }
            else if (!newStock.TryGetValue(key, out double now))
            {
                changes.Add($"no longer stocks {key}");
            }
            else if (Math.Abs(now - was) > LevelTolerance * Math.Max(Math.Abs(now), Math.Abs(was)))
            {
                changes.Add(string.Create(CultureInfo.InvariantCulture, $"{key} order-up-to {was:0} -> {now:0}"));
            }
        }

        return changes;
    }

    private static Dictionary<string, Dictionary<string, double>> Routes(Plan plan)
    {
        // Lanes by their key: a lane planned whole in one plan and by segment in the other shows as the one replaced by the others.
        return plan.Lanes.ToDictionary(
            l => l.Key,
            l => l.Shares.ToDictionary(s => s.Warehouse is null ? s.Mode : $"{s.Mode}@{s.Warehouse}", s => s.Share, StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    private static Dictionary<string, double> Levels(Plan plan) =>
        plan.Warehouses.SelectMany(w => w.Policies.Select(p => ($"{w.Id}/{p.ProductClass}", p.OrderUpTo))).ToDictionary(x => x.Item1, x => x.OrderUpTo, StringComparer.Ordinal);

    private static string Describe(Dictionary<string, double> routes) => routes.Count == 0 ? "none"
        : string.Join(" ", routes.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {r.Value:0.##}")));
}
