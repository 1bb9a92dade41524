using System.Globalization;
using Sim.Runner.Studies;

namespace Sim.Runner.Report;

/// <summary>
/// The frame of <c>report.html</c>: one self-contained page (styles inline, charts as inline SVG, no
/// script, no external file, no network), with what produced the results, the charts, then the
/// tables. Stateless and thread-safe.
/// </summary>
internal static class ReportPage
{
    private const string Style = """
        body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:1200px;padding:0 1em;color:#222;background:#fff}
        h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}
        dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:bold}dd{margin:0;word-break:break-all}
        figure.chart{margin:1.5em 0;border:1px solid #ddd;padding:.5em;background:#fff}
        figure.chart svg{display:block;max-width:100%;height:auto}
        figcaption{font-size:.9em;color:#555;margin-top:.3em}
        .scroll{overflow-x:auto;margin:1em 0}
        table.kpi{border-collapse:collapse;font-size:.85em}
        table.kpi caption{text-align:left;font-weight:bold;padding:.3em 0}
        table.kpi th,table.kpi td{border:1px solid #ddd;padding:.2em .5em;white-space:nowrap}
        table.kpi td{text-align:right;font-variant-numeric:tabular-nums}
        table.kpi thead th{background:#f3f3f3;position:sticky;top:0}
        """;

    /// <summary>The whole page.</summary>
    /// <param name="title">The page title and heading.</param>
    /// <param name="manifest">What produced the results.</param>
    /// <param name="charts">The charts folder (may not exist).</param>
    /// <param name="tables">Writes the tables section.</param>
    public static string Build(string title, RunManifest manifest, string charts, Action<HtmlBuilder> tables)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(tables);
        var html = new HtmlBuilder();
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Element("title", title)
            .Raw("<style>\n" + Style + "</style>\n</head>\n<body>\n")
            .Element("h1", title);
        Provenance(html, manifest);
        html.Raw("<section id=\"charts\">\n").Element("h2", "Charts");
        int index = 0;
        foreach (string svg in Directory.Exists(charts) ? Directory.GetFiles(charts, "*.svg").Order(StringComparer.Ordinal).ToArray() : [])
        {
            string name = Path.GetFileNameWithoutExtension(svg);
            html.Figure(name, Caption(Path.ChangeExtension(svg, ".gp"), name), InlineSvg.Read(svg, $"chart{index++}-"));
        }

        if (index == 0)
        {
            html.Element("p", "No charts in this result folder.");
        }

        html.Raw("</section>\n<section id=\"tables\">\n").Element("h2", "KPI tables");
        tables(html);
        html.Raw("</section>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Provenance(HtmlBuilder html, RunManifest manifest)
    {
        html.Raw("<section id=\"provenance\">\n").Element("h2", "What produced these results").Raw("<dl>\n");
        void Item(string term, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                html.Element("dt", term).Element("dd", value);
            }
        }

        Item("kind", manifest.Kind);
        Item("input", manifest.Input);
        Item("input SHA-256", manifest.InputSha256);
        Item("overrides", string.Join("; ", manifest.Overrides));
        Item("plan", manifest.Plan);
        Item("seed", manifest.Seed.ToString(CultureInfo.InvariantCulture));
        Item("replications", manifest.Replications.ToString(CultureInfo.InvariantCulture));
        Item("shard", manifest.Shard);
        Item("software", manifest.SoftwareVersion);
        Item("command", string.Join(' ', manifest.CommandLine));
        Item("started", manifest.StartedAt.ToString("u", CultureInfo.InvariantCulture));
        Item("finished", manifest.FinishedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "not finished");
        html.Raw("</dl>\n</section>\n");
    }

    // The chart's title is the first line of its script, "# Title".
    private static string Caption(string script, string name)
    {
        string? first = File.Exists(script) ? File.ReadLines(script).FirstOrDefault() : null;
        return first is not null && first.StartsWith("# ", StringComparison.Ordinal) ? first[2..] : name;
    }
}
