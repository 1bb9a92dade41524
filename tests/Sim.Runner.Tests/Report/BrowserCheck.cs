using System.Text.Json.Nodes;

namespace Sim.Runner.Tests.Report;

/// <summary>What headless Chromium saw of a report: each chart's share of inked pixels in a screenshot of where it sits, and the page's errors.</summary>
internal sealed record BrowserCheck(IReadOnlyList<(string Chart, double Ink, int Colours)> Charts, IReadOnlyList<string> Errors, int Tables)
{
    /// <summary>Opens <paramref name="page"/> in headless Chromium 1280 pixels wide and screenshots every <c>figure.chart</c>'s image.</summary>
    public static async Task<BrowserCheck> RunAsync(string page)
    {
        await using var chromium = await HeadlessChromium.StartAsync();
        await chromium.OpenAsync(page, 1280);
        var rects = (await chromium.EvaluateAsync("""
            JSON.stringify([...document.querySelectorAll('figure.chart')].map(f => {
              const r = (f.querySelector('svg') ?? f).getBoundingClientRect();
              return { name: f.dataset.chart, x: r.left + window.scrollX, y: r.top + window.scrollY, w: r.width, h: r.height };
            }))
            """))!.GetValue<string>();
        int tables = (int)(await chromium.EvaluateAsync("document.querySelectorAll('table.kpi').length"))!.GetValue<double>();
        var charts = new List<(string, double, int)>();
        foreach (var rect in JsonNode.Parse(rects)!.AsArray())
        {
            double w = rect!["w"]!.GetValue<double>();
            double h = rect["h"]!.GetValue<double>();
            Assert.True(w > 50 && h > 50, $"chart {rect["name"]} is {w} x {h} pixels");
            var pixels = PngPixels.Decode(await chromium.ScreenshotAsync(rect["x"]!.GetValue<double>(), rect["y"]!.GetValue<double>(), w, h));
            charts.Add(((string)rect["name"]!, pixels.InkShare(), pixels.Colours()));
        }

        return new BrowserCheck(charts, [.. chromium.Errors], tables);
    }

    /// <summary>Asserts that every chart drew something (at least 1% of its pixels inked, in at least three colours) and the console had no error.</summary>
    public void AssertEveryChartRenderedWithoutErrors(int charts)
    {
        Assert.Equal(charts, Charts.Count);
        Assert.All(Charts, c => Assert.True(c.Ink > 0.01 && c.Colours >= 3, $"chart {c.Chart}: {c.Ink:P2} inked, {c.Colours} colours"));
        Assert.Empty(Errors);
    }
}
