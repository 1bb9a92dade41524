namespace Sim.Runner.Studies;

/// <summary>One KPI compared between a reference run A and a run B. Immutable.</summary>
/// <param name="Key">The KPI (unit from B, or from A when B lacks the row).</param>
/// <param name="Difference">The paired difference B − A.</param>
internal sealed record KpiComparison(KpiKey Key, PairedDifference Difference)
{
    /// <summary>
    /// Compares every KPI of <paramref name="b"/> with the same KPI of <paramref name="reference"/>: B's
    /// rows in order, then rows only the reference has. A KPI missing from one side has no pairs.
    /// </summary>
    public static IReadOnlyList<KpiComparison> Compare(ReplicationTable reference, ReplicationTable b)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(b);
        var rows = new List<KpiComparison>();
        for (int r = 0; r < b.Keys.Count; r++)
        {
            var key = b.Keys[r];
            int a = reference.IndexOf(key.Group, key.Kpi);
            rows.Add(new KpiComparison(key, PairedComparison.Compare(a < 0 ? [] : reference.ValuesOf(a), b.ValuesOf(r))));
        }

        for (int r = 0; r < reference.Keys.Count; r++)
        {
            var key = reference.Keys[r];
            if (b.IndexOf(key.Group, key.Kpi) < 0)
            {
                rows.Add(new KpiComparison(key, PairedComparison.Compare(reference.ValuesOf(r), [])));
            }
        }

        return rows;
    }
}
