using System.Text.RegularExpressions;

namespace Sim.Runner.Report;

/// <summary>
/// Prepares a gnuplot SVG for inlining in an HTML page: the XML prolog goes, and every id (and each
/// reference to one) gets a per-chart prefix, because gnuplot names its markers the same in every
/// file and ids must be unique in a page. Stateless and thread-safe.
/// </summary>
internal static partial class InlineSvg
{
    /// <summary>The SVG markup of <paramref name="path"/>, ready to inline, its ids prefixed with <paramref name="prefix"/>.</summary>
    public static string Read(string path, string prefix)
    {
        string svg = File.ReadAllText(path);
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidDataException($"{path} is not an SVG image");
        }

        svg = svg[start..];
        svg = IdAttribute().Replace(svg, m => $"id={m.Groups[1].Value}{prefix}{m.Groups[2].Value}");
        svg = IdReference().Replace(svg, m => $"{m.Groups[1].Value}#{prefix}{m.Groups[2].Value}");
        return svg;
    }

    [GeneratedRegex("""\bid=(['"])([^'"]+)""")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("""(href=['"]|url\()#([^'")]+)""")]
    private static partial Regex IdReference();
}
