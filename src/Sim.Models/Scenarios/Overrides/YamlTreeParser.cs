using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Sim.Models.Scenarios.Overrides;

/// <summary>
/// Replays a parsed (and possibly overridden) YAML tree as parser events, so the deserialiser reads
/// the changed document with the original file's positions: a value set by an override is reported
/// where the value it replaced stood (or where its parent mapping starts, for an added field).
/// </summary>
internal sealed class YamlTreeParser : IParser
{
    private readonly List<ParsingEvent> _events = [];
    private int _next;

    /// <param name="root">The document's root node.</param>
    /// <param name="placedAt">Nodes created by overrides, with the position to report for them and everything under them.</param>
    public YamlTreeParser(YamlNode root, IReadOnlyDictionary<YamlNode, Mark> placedAt)
    {
        _events.Add(new StreamStart());
        _events.Add(new DocumentStart(null, null, isImplicit: true, root.Start, root.Start));
        Emit(root, placedAt, null, isKey: false);
        _events.Add(new DocumentEnd(isImplicit: true, root.End, root.End));
        _events.Add(new StreamEnd());
    }

    /// <inheritdoc />
    public ParsingEvent? Current { get; private set; }

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (_next >= _events.Count)
        {
            Current = null;
            return false;
        }

        Current = _events[_next++];
        return true;
    }

    private void Emit(YamlNode node, IReadOnlyDictionary<YamlNode, Mark> placedAt, Mark? inherited, bool isKey)
    {
        if (inherited is null && placedAt.TryGetValue(node, out var placed))
        {
            inherited = placed;
        }

        Mark start = inherited ?? node.Start;
        Mark end = inherited ?? node.End;
        switch (node)
        {
            case YamlScalarNode scalar:
                bool implicitTag = scalar.Tag.IsEmpty;
                var style = scalar.Style == ScalarStyle.Any ? ScalarStyle.Plain : scalar.Style;
                _events.Add(new Scalar(AnchorName.Empty, scalar.Tag, scalar.Value ?? "", style, implicitTag, implicitTag, start, end, isKey));
                break;
            case YamlSequenceNode sequence:
                _events.Add(new SequenceStart(AnchorName.Empty, sequence.Tag, sequence.Tag.IsEmpty, sequence.Style, start, end));
                foreach (var child in sequence.Children)
                {
                    Emit(child, placedAt, inherited, isKey: false);
                }

                _events.Add(new SequenceEnd(start, end));
                break;
            case YamlMappingNode mapping:
                _events.Add(new MappingStart(AnchorName.Empty, mapping.Tag, mapping.Tag.IsEmpty, mapping.Style, start, end));
                foreach (var (key, value) in mapping.Children)
                {
                    Emit(key, placedAt, inherited, isKey: true);
                    Emit(value, placedAt, inherited, isKey: false);
                }

                _events.Add(new MappingEnd(start, end));
                break;
            default:
                throw new InvalidOperationException($"Unexpected YAML node {node.NodeType} at {node.Start}.");
        }
    }
}
