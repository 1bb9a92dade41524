using System.Net;
using System.Text;

namespace Sim.Runner.Report;

/// <summary>Builds an HTML document as text: elements with escaped text, tables and figures. Not thread-safe.</summary>
internal sealed class HtmlBuilder
{
    private readonly StringBuilder _html = new();

    /// <summary>Appends raw markup (already valid HTML).</summary>
    public HtmlBuilder Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    /// <summary>Appends <c>&lt;tag attributes&gt;text&lt;/tag&gt;</c> with the text escaped.</summary>
    public HtmlBuilder Element(string tag, string text, string attributes = "")
    {
        _html.Append('<').Append(tag).Append(attributes.Length == 0 ? "" : " " + attributes).Append('>')
            .Append(Escape(text)).Append("</").Append(tag).Append(">\n");
        return this;
    }

    /// <summary>Appends a table with a caption, a header row and text cells (all escaped); numeric-looking cells are right-aligned.</summary>
    public HtmlBuilder Table(string caption, string kind, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        _html.Append("<div class=\"scroll\"><table class=\"kpi\" data-table=\"").Append(Escape(kind)).Append("\">\n<caption>")
            .Append(Escape(caption)).Append("</caption>\n<thead><tr>");
        foreach (string cell in header)
        {
            _html.Append("<th>").Append(Escape(cell)).Append("</th>");
        }

        _html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            _html.Append("<tr>");
            for (int i = 0; i < row.Count; i++)
            {
                _html.Append(i == 0 ? "<th scope=\"row\">" : "<td>").Append(Escape(row[i])).Append(i == 0 ? "</th>" : "</td>");
            }

            _html.Append("</tr>\n");
        }

        _html.Append("</tbody></table></div>\n");
        return this;
    }

    /// <summary>Appends a figure holding an inline SVG chart, with its title as caption.</summary>
    public HtmlBuilder Figure(string name, string caption, string svg)
    {
        _html.Append("<figure class=\"chart\" data-chart=\"").Append(Escape(name)).Append("\">\n")
            .Append(svg).Append("\n<figcaption>").Append(Escape(caption)).Append("</figcaption></figure>\n");
        return this;
    }

    /// <summary>The text escaped for HTML content and attribute values.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The document so far.</summary>
    public override string ToString() => _html.ToString();
}
