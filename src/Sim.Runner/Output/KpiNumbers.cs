using System.Globalization;

namespace Sim.Runner.Output;

/// <summary>
/// How KPI values are written to result files: rounded to <see cref="SignificantDigits"/>
/// significant digits (more than a confidence interval over replications ever justifies, and no
/// <c>238.10000000000002</c>), and no value at all when there is no data (NaN: a percentile of a
/// group with no deliveries, a half-width from one replication). Deterministic: the same double
/// always gives the same text. Stateless and thread-safe.
/// </summary>
internal static class KpiNumbers
{
    /// <summary>Significant digits kept.</summary>
    public const int SignificantDigits = 6;

    /// <summary>The value rounded to <see cref="SignificantDigits"/> significant digits, or null when it is not finite.</summary>
    public static double? Round(double value) =>
        double.IsFinite(value) ? double.Parse(value.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : null;

    /// <summary>The rounded value as invariant text (shortest round-trip form), or the empty string when it is not finite.</summary>
    public static string Text(double value) => Round(value) is { } rounded ? rounded.ToString("R", CultureInfo.InvariantCulture) : "";
}
