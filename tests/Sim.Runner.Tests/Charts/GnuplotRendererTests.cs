using Sim.Runner.Charts;

namespace Sim.Runner.Tests.Charts;

public sealed class GnuplotRendererTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sim-chart-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static ChartSpec Line(string title = "Two lines") => new()
    {
        Name = "two_lines",
        Title = title,
        XLabel = "time (days)",
        YLabel = "share",
        Columns = ["x", "a_b", "c^d"],
        Rows = [["0", "0", "1"], ["1", "0.5", ""], ["2", "1", "0.2"]],
        Plot = "plot for [i=2:3] data using 1:i with linespoints title columnhead(i)",
    };

    [Fact]
    public void Render_Chart_WritesItsCsvScriptPngAndSvgThatTheScriptReRendersIdentically()
    {
        GnuplotRenderer.Render(_folder, Line());

        Assert.Equal("x,a_b,c^d\n0,0,1\n1,0.5,\n2,1,0.2\n", File.ReadAllText(Path.Combine(_folder, "two_lines.csv")));
        ImageFiles.AssertChartsReRender(_folder, atLeast: 1);
    }

    [Fact]
    public void Build_TitleWithQuote_IsAValidGnuplotStringAndShownAsWritten()
    {
        GnuplotRenderer.Render(_folder, Line("Seller's lines"));

        Assert.Contains("set title 'Seller''s lines' noenhanced", File.ReadAllText(Path.Combine(_folder, "two_lines.gp")), StringComparison.Ordinal);
        Assert.Contains("Seller's lines", File.ReadAllText(Path.Combine(_folder, "two_lines.svg")), StringComparison.Ordinal);
        Assert.Contains(">a_b<", File.ReadAllText(Path.Combine(_folder, "two_lines.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_BadPlotCommand_ThrowsWithGnuplotsMessage()
    {
        var ex = Assert.Throws<ChartException>(() => GnuplotRenderer.Render(_folder, Line() with { Plot = "plot data using 1:nosuchcolumn" }));

        Assert.Contains("gnuplot failed", ex.Message, StringComparison.Ordinal);
    }
}
