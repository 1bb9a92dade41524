using System.Globalization;
using System.Text;

namespace Sim.Runner.Charts;

/// <summary>
/// The gnuplot script of a <see cref="ChartSpec"/>: it reads <c>NAME.csv</c> from its own folder and
/// writes <c>NAME.png</c> (pngcairo) and <c>NAME.svg</c> beside it, so a reader can restyle the
/// chart and run <c>gnuplot NAME.gp</c> again. Labels are not "enhanced" text, so ids with '_' or '^'
/// print as written. Stateless and thread-safe.
/// </summary>
internal static class GnuplotScript
{
    /// <summary>The script's text.</summary>
    public static string Build(ChartSpec chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');
        Line($"# {chart.Title}");
        Line($"# Written by sim. Data: {chart.Name}.csv ({string.Join(", ", chart.Columns)}).");
        Line($"# Restyle freely, then re-render both images with: gnuplot {chart.Name}.gp");
        Line($"data = {Quote(chart.Name + ".csv")}");
        Line("set datafile separator ','");
        Line("set datafile missing ''");
        Line("set encoding utf8");
        Line($"set title {Quote(chart.Title)} noenhanced");
        Line($"set xlabel {Quote(chart.XLabel)} noenhanced");
        Line($"set ylabel {Quote(chart.YLabel)} noenhanced");
        Line("set grid ytics lc rgb '#dddddd'");
        Line("set border 3");
        Line("set tics nomirror");
        foreach (string setting in chart.Settings)
        {
            Line(setting);
        }

        string size = string.Create(CultureInfo.InvariantCulture, $"size {chart.Width},{chart.Height}");
        Line($"set terminal pngcairo {size} noenhanced font 'DejaVu Sans,10'");
        Line($"set output {Quote(chart.Name + ".png")}");
        Line(chart.Plot);
        Line($"set terminal svg {size} noenhanced font 'DejaVu Sans,10' background '#ffffff'");
        Line($"set output {Quote(chart.Name + ".svg")}");
        Line("replot");
        Line("unset output");
        return text.ToString();
    }

    /// <summary>A gnuplot string literal: single quotes, with a quote doubled.</summary>
    public static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
