using System.Globalization;

namespace Sim.Runner.Charts;

/// <summary>How chart data tables write numbers: six significant digits (what a chart can show), invariant culture, empty when undefined.</summary>
internal static class ChartNumbers
{
    /// <summary>The number as chart data.</summary>
    public static string Format(double value) => double.IsFinite(value) ? value.ToString("G6", CultureInfo.InvariantCulture) : "";

    /// <summary>A file-name-safe form of <paramref name="text"/>: letters, digits, '-', '.' kept, anything else '_'.</summary>
    public static string FileSafe(string text) =>
        new([.. text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_')]);
}
