using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Sim.Models.Planning.Plans.Loading;

/// <summary>
/// A first pass over the YAML events of a plan, before any tree is built, that rejects what a plan
/// does not need and what could make the later passes loop, overflow the stack or exhaust memory:
/// aliases (<c>*name</c>; a self-referencing one makes the document a cycle), tags (<c>!foo</c>), a
/// second document, nesting deeper than <see cref="MaxDepth"/>. Syntax errors are left to the parse
/// that follows. Stateless and thread-safe.
/// </summary>
internal static class PlanPreflight
{
    /// <summary>The deepest nesting of mappings and lists accepted (a plan needs four).</summary>
    public const int MaxDepth = 32;

    /// <summary>The first problem found, with where it is, or null when the later passes may run.</summary>
    public static (Mark At, string Reason)? Problem(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                var reason = parser.Current switch
                {
                    AnchorAlias => "aliases (*name) are not allowed in a plan: write the value out",
                    NodeEvent { Tag.IsEmpty: false } node => $"tags such as '{node.Tag.Value}' are not used in a plan; remove it",
                    DocumentStart when ++documents > 1 => "a plan file holds one YAML document; remove the second one (after '---')",
                    MappingStart or SequenceStart when ++depth > MaxDepth => $"the plan nests mappings and lists deeper than {MaxDepth} levels",
                    MappingEnd or SequenceEnd => Close(ref depth),
                    _ => null,
                };
                if (reason is not null)
                {
                    return (parser.Current!.Start, reason);
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // A syntax error: the full parse that follows reports it.
        }

        return null;
    }

    private static string? Close(ref int depth)
    {
        depth--;
        return null;
    }
}
