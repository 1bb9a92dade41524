using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// Line and column of every value (and every mapping key) in a parsed YAML document, by
/// <see cref="FieldPath.Locator"/>, so that errors found after mapping still point into the file.
/// </summary>
internal sealed class YamlPositions
{
    private readonly Dictionary<string, Mark> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Mark> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<(long Line, long Column), string> _displayByStart = [];

    public YamlPositions(YamlNode? root)
    {
        if (root is not null)
        {
            Walk(root, FieldPath.Root);
        }
    }

    /// <summary>The value's start, else its key's, else the nearest enclosing value's; (0, 0) when nothing is known.</summary>
    public (int Line, int Column) Find(string locator)
    {
        var path = locator;
        while (true)
        {
            if (_values.TryGetValue(path, out var mark) || _keys.TryGetValue(path, out mark))
            {
                return ((int)mark.Line, (int)mark.Column);
            }

            if (path.Length == 0)
            {
                return (0, 0);
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut <= 0 ? "" : path[..cut];
        }
    }

    /// <summary>The start of the key naming the field at <paramref name="locator"/>, if it is a mapping key.</summary>
    public (int Line, int Column)? FindKey(string locator) =>
        _keys.TryGetValue(locator, out var mark) ? ((int)mark.Line, (int)mark.Column) : null;

    /// <summary>The display path of the value starting at <paramref name="mark"/>, or empty.</summary>
    public string DisplayAt(Mark mark) =>
        _displayByStart.TryGetValue((mark.Line, mark.Column), out var display) ? display : "";

    /// <summary>The key of a list item, as <see cref="FieldPath.Display"/> shows it: its id, code, market/product class, product class, market or name.</summary>
    public static string? ItemKey(YamlMappingNode item)
    {
        string? Scalar(string name) =>
            item.Children.TryGetValue(new YamlScalarNode(name), out var v) && v is YamlScalarNode s ? s.Value : null;

        var market = Scalar("market");
        var productClass = Scalar("product_class");
        return Scalar("id") ?? Scalar("code")
            ?? (market is not null && productClass is not null ? $"{market}/{productClass}" : null)
            ?? productClass ?? market ?? Scalar("name");
    }

    private void Walk(YamlNode node, FieldPath path)
    {
        _values.TryAdd(path.Locator, node.Start);
        _displayByStart.TryAdd((node.Start.Line, node.Start.Column), path.Display);
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var child = path.Field(key is YamlScalarNode s ? s.Value ?? "" : "?");
                    _keys.TryAdd(child.Locator, key.Start);
                    Walk(value, child);
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    var item = sequence.Children[i];
                    Walk(item, path.Item(i, item is YamlMappingNode m ? ItemKey(m) : null));
                }

                break;
        }
    }
}
