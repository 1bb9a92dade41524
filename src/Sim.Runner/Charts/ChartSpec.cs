namespace Sim.Runner.Charts;

/// <summary>
/// One chart as gnuplot will draw it: its data table (written as <c>NAME.csv</c>), its labels, and
/// the gnuplot commands that draw it from that table (written with the labels and terminals as
/// <c>NAME.gp</c>, which renders <c>NAME.png</c> and <c>NAME.svg</c>). Immutable.
/// </summary>
internal sealed record ChartSpec
{
    /// <summary>The file stem, e.g. <c>delivery_time_cdf_by_mode</c>: letters, digits, '_', '-' and '.'.</summary>
    public required string Name { get; init; }

    /// <summary>The chart's title.</summary>
    public required string Title { get; init; }

    /// <summary>The x axis label, with its unit.</summary>
    public required string XLabel { get; init; }

    /// <summary>The y axis label, with its unit.</summary>
    public required string YLabel { get; init; }

    /// <summary>The data table's column names.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>The data rows, one value per column (empty for no data).</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Rows { get; init; }

    /// <summary>gnuplot settings before the plot (styles, ranges, key position), one command per line.</summary>
    public IReadOnlyList<string> Settings { get; init; } = [];

    /// <summary>The plot command; the data file is the gnuplot variable <c>data</c>.</summary>
    public required string Plot { get; init; }

    /// <summary>Width in pixels.</summary>
    public int Width { get; init; } = 960;

    /// <summary>Height in pixels.</summary>
    public int Height { get; init; } = 540;
}
