using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// A first pass over the YAML event stream, before any tree is built, that rejects what would make
/// the later passes hang, overflow the stack or exhaust memory, and what the scenario format does
/// not support: nesting deeper than <see cref="MaxDepth"/>; more than <see cref="MaxValues"/> values
/// once aliases are expanded (a "billion laughs" file); the merge key <c>&lt;&lt;</c>; tags
/// (<c>!foo</c>); a second document. A syntax error is reported where the parser failed, or at the
/// first tab in an indentation when there is one (the usual cause). Stateless and thread-safe.
/// </summary>
internal static class YamlPreflight
{
    /// <summary>The deepest nesting of mappings and lists accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most values (scalars, mappings, lists) a document may have with every alias expanded.</summary>
    public const long MaxValues = 200_000;

    /// <summary>Checks <paramref name="text"/>; true when the later passes may run.</summary>
    public static bool Run(string text, ScenarioDiagnostics diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Before)>();
        long values = 0;
        var documents = 0;
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                last = current.End;
                if (current is DocumentStart)
                {
                    documents++;
                }

                var problem = current switch
                {
                    DocumentStart when documents > 1 => "a scenario file holds one YAML document; remove the second one (after '---')",
                    NodeEvent { Tag.IsEmpty: false } node => $"tags such as '{FieldReader.Quote(node.Tag.Value)}' are not used in scenarios; remove it",
                    Scalar { Value: "<<", Style: ScalarStyle.Plain } => "the YAML merge key '<<' is not supported: write the fields out (an alias such as *name may stand for a whole value)",
                    _ => null,
                };
                if (problem is null)
                {
                    problem = Count(current, sizes, open, ref values);
                }

                if (problem is not null)
                {
                    diagnostics.Add(diagnostics.YamlFile, (int)current.Start.Line, (int)current.Start.Column, "", problem);
                    return false;
                }
            }
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some unterminated flow
            // collections; point at the end of the last event that still parsed.
            diagnostics.Add(diagnostics.YamlFile, (int)last.Line, (int)last.Column, "", "YAML syntax error: the document ends inside a collection or scalar (an unclosed '{', '[' or quote?)");
            return false;
        }
        catch (YamlException ex)
        {
            // YamlDotNet places some tab errors at 1:1; then any line may hold the tab.
            var tab = FirstTabInIndentation(text, ex.Start.Line <= 1 ? int.MaxValue : (int)ex.Start.Line + 1);
            var (line, column) = tab ?? ((int)ex.Start.Line, (int)ex.Start.Column);
            var reason = tab is null
                ? $"YAML syntax error: {ScenarioLoader.ParserMessage(ex)}"
                : "YAML syntax error: a tab in the indentation (YAML indents with spaces only)";
            diagnostics.Add(diagnostics.YamlFile, line, column, "", reason);
            return false;
        }

        return true;
    }

    private static string? Count(ParsingEvent current, Dictionary<string, long> sizes, Stack<(string? Anchor, long Before)> open, ref long values)
    {
        switch (current)
        {
            case AnchorAlias alias when !sizes.ContainsKey(alias.Value.Value):
                return $"the alias '*{FieldReader.Quote(alias.Value.Value)}' names no anchor '&{FieldReader.Quote(alias.Value.Value)}' defined before it";
            case AnchorAlias alias:
                values += sizes[alias.Value.Value];
                break;
            case Scalar scalar:
                values++;
                if (!scalar.Anchor.IsEmpty)
                {
                    sizes[scalar.Anchor.Value] = 1;
                }

                break;
            case NodeEvent node and (MappingStart or SequenceStart):
                values++;
                open.Push((node.Anchor.IsEmpty ? null : node.Anchor.Value, values));
                if (open.Count > MaxDepth)
                {
                    return $"the document nests mappings and lists deeper than {MaxDepth} levels";
                }

                break;
            case MappingEnd or SequenceEnd:
                var (anchor, before) = open.Pop();
                if (anchor is not null)
                {
                    sizes[anchor] = values - before + 1;
                }

                break;
        }

        return values > MaxValues
            ? $"the document holds more than {MaxValues:N0} values once its aliases (*name) are expanded; a scenario needs far fewer"
            : null;
    }

    // A tab the parser met just before failing is the likely cause; later ones are not looked at.
    private static (int Line, int Column)? FirstTabInIndentation(string text, int lastLine)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < Math.Min(lines.Length, lastLine); i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }
}
