using MathNet.Numerics.Distributions;
using Sim.Engine.Statistics;

namespace Sim.Runner.Studies;

/// <summary>
/// Paired comparison of one KPI between two runs with common random numbers: replication i of A and
/// replication i of B drew the same random numbers where their scenarios agree, so the differences
/// B_i − A_i vary much less than B and A do on their own. Stateless and thread-safe.
/// </summary>
internal static class PairedComparison
{
    private const double Level = 0.95;

    /// <summary>Compares <paramref name="a"/> and <paramref name="b"/>, value i of each from replication i.</summary>
    /// <param name="a">The reference run's values; NaN where undefined.</param>
    /// <param name="b">The other run's values; NaN where undefined. Only indices present in both count.</param>
    public static PairedDifference Compare(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var ta = new Tally();
        var tb = new Tally();
        var differences = new Tally();
        for (int i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            if (double.IsFinite(a[i]) && double.IsFinite(b[i]))
            {
                ta.Add(a[i]);
                tb.Add(b[i]);
                differences.Add(b[i] - a[i]);
            }
        }

        int n = (int)differences.Count;
        if (n < 2)
        {
            return new PairedDifference(n, ta.Mean, tb.Mean, differences.Mean, double.NaN, double.NaN, double.NaN);
        }

        double paired = ReplicationSummary.FromTally(differences, Level).HalfWidth;
        double sa = ta.Variance / n;
        double sb = tb.Variance / n;
        double unpaired = 0;
        if (sa + sb > 0)
        {
            double degrees = (sa + sb) * (sa + sb) / ((sa * sa / (n - 1)) + (sb * sb / (n - 1)));
            unpaired = StudentT.InvCDF(0, 1, degrees, 1 - ((1 - Level) / 2)) * Math.Sqrt(sa + sb);
        }

        double total = ta.Variance + tb.Variance;
        double reduction = total > 0 ? 1 - (differences.Variance / total) : double.NaN;
        return new PairedDifference(n, ta.Mean, tb.Mean, differences.Mean, paired, unpaired, reduction);
    }
}
