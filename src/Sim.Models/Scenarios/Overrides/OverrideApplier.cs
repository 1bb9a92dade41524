using Sim.Models.Scenarios.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Shape = Sim.Models.Scenarios.Overrides.SchemaShape.ShapeKind;

namespace Sim.Models.Scenarios.Overrides;

/// <summary>
/// Applies <c>PATH=VALUE</c> overrides to a parsed scenario document, in order, before it is
/// validated and mapped. A path is checked against the scenario schema and the items the document
/// holds; one that does not lead anywhere is an error listing the valid paths at the point where it
/// went wrong. Mutates the tree it is given; not thread-safe.
/// </summary>
internal static class OverrideApplier
{
    /// <summary>Applies <paramref name="overrides"/> to <paramref name="root"/>; every problem goes to <paramref name="diagnostics"/>.</summary>
    public static AppliedOverrides Apply(YamlMappingNode root, IReadOnlyList<ScenarioOverride> overrides, ScenarioDiagnostics diagnostics)
    {
        var applied = new AppliedOverrides();
        foreach (var item in overrides)
        {
            ApplyOne(root, item, diagnostics, applied);
        }

        return applied;
    }

    private static void ApplyOne(YamlMappingNode root, ScenarioOverride item, ScenarioDiagnostics diagnostics, AppliedOverrides applied)
    {
        var path = OverridePath.TryParse(item.Path, out string syntax);
        if (path is null)
        {
            diagnostics.Add(diagnostics.YamlFile, 0, 0, item.Path, $"--set {item}: {syntax}");
            return;
        }

        var value = ParseValue(item, diagnostics);
        if (value is null)
        {
            return;
        }

        var walk = new PathWalk(root, item, diagnostics, applied);
        foreach (var segment in path.Segments)
        {
            if (!walk.Step(segment))
            {
                return;
            }
        }

        walk.Assign(value);
    }

    private static YamlNode? ParseValue(ScenarioOverride item, ScenarioDiagnostics diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(item.Value));
            return stream.Documents.Count == 0 ? new YamlScalarNode("") : stream.Documents[0].RootNode;
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            diagnostics.Add(diagnostics.YamlFile, 0, 0, item.Path, $"--set {item}: the value is not valid YAML ({ex.Message})");
            return null;
        }
    }

    /// <summary>The walk of one path down the tree and the schema together.</summary>
    private sealed class PathWalk(YamlMappingNode root, ScenarioOverride item, ScenarioDiagnostics diagnostics, AppliedOverrides applied)
    {
        private YamlNode? _node = root;
        private YamlNode _parent = root;
        private Action<YamlNode>? _replace;
        private SchemaShape _shape = SchemaShape.Root;
        private FieldPath _at = FieldPath.Root;
        private string _shown = "";

        public bool Step(OverridePath.Segment segment)
        {
            if (_node is null)
            {
                return Fail($"'{_shown}' is not in the scenario, so it has nothing to enter; set it whole ({_shown}=...)", []);
            }

            return _shape.Kind switch
            {
                Shape.Record => StepIntoRecord(segment),
                Shape.RecordList or Shape.ValueList => StepIntoList(segment),
                Shape.Map => StepIntoMap(segment),
                _ => Fail($"'{_shown}' is a single value and has no '{segment.Text}'", []),
            };
        }

        public void Assign(YamlNode value)
        {
            bool fits = _shape.Kind switch
            {
                Shape.Record or Shape.Map => value is YamlMappingNode,
                Shape.RecordList or Shape.ValueList => value is YamlSequenceNode,
                _ => value is YamlScalarNode,
            };
            if (!fits)
            {
                Fail($"'{_shown}' takes {_shape.Description}, not '{item.Value}'", []);
                return;
            }

            if (_node is YamlScalarNode old && value is YamlScalarNode scalar)
            {
                // Changed in place, so the value keeps its position in the file for messages.
                old.Value = scalar.Value;
                old.Style = scalar.Style;
                old.Tag = scalar.Tag;
            }
            else
            {
                applied.PlacedAt[value] = (_node ?? _parent).Start;
                _replace!(value);
            }

            applied.Add(_at.Display, item);
        }

        private bool StepIntoRecord(OverridePath.Segment segment)
        {
            var fields = _shape.Fields();
            var field = fields.FirstOrDefault(f => f.Name == segment.Text);
            if (segment.Bracketed || field.Name is null)
            {
                var names = fields.Select(f => f.Name).ToList();
                string what = segment.Bracketed ? $"'{_shown}' is a mapping, not a list: name one of its fields after a dot" : $"no field '{segment.Text}' in {Where}";
                return Fail(what + Suggestions.DidYouMean(segment.Text, names), names.Select(Child));
            }

            if (_node is not YamlMappingNode mapping)
            {
                return Fail($"'{_shown}' is not a mapping in the scenario", []);
            }

            var key = new YamlScalarNode(field.Name);
            mapping.Children.TryGetValue(key, out var child);
            if (child is null && field.Shape.Kind is Shape.Record or Shape.Map)
            {
                // An intermediate mapping the file leaves out (e.g. a leg's capacity) is created empty.
                child = new YamlMappingNode();
                applied.PlacedAt[child] = mapping.Start;
                mapping.Children[key] = child;
            }

            Move(child, mapping, n => mapping.Children[key] = n, field.Shape, _at.Field(field.Name), Child(field.Name));
            return true;
        }

        private bool StepIntoList(OverridePath.Segment segment)
        {
            if (_node is not YamlSequenceNode sequence)
            {
                return Fail($"'{_shown}' is not a list in the scenario", []);
            }

            var keys = sequence.Children.Select(c => c is YamlMappingNode m ? YamlPositions.ItemKey(m) : null).ToList();
            int index = keys.IndexOf(segment.Text);
            if (index < 0 && int.TryParse(segment.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int i) && i < sequence.Children.Count)
            {
                index = i;
            }

            var shown = keys.Select((k, j) => k is null ? $"{_shown}[{j}]" : Child(k)).ToList();
            if (index < 0)
            {
                string suggestion = Suggestions.DidYouMean(segment.Text, keys.OfType<string>());
                return Fail($"{Where} has no item '{segment.Text}' (items: {sequence.Children.Count}, by key or 0-based index){suggestion}", shown);
            }

            var element = SchemaShape.Of(_shape.Element);
            Move(sequence.Children[index], sequence, n => sequence.Children[index] = n, element, _at.Item(index, keys[index]), shown[index]);
            return true;
        }

        private bool StepIntoMap(OverridePath.Segment segment)
        {
            if (_node is not YamlMappingNode mapping)
            {
                return Fail($"'{_shown}' is not a mapping in the scenario", []);
            }

            var key = new YamlScalarNode(segment.Text);
            mapping.Children.TryGetValue(key, out var child);
            Move(child, mapping, n => mapping.Children[key] = n, SchemaShape.Of(_shape.Element), _at.Field(segment.Text), Child(segment.Text));
            return true;
        }

        private void Move(YamlNode? child, YamlNode parent, Action<YamlNode> replace, SchemaShape shape, FieldPath at, string shown)
        {
            (_node, _parent, _replace, _shape, _at, _shown) = (child, parent, replace, shape, at, shown);
        }

        private string Where => _shown.Length == 0 ? "the scenario" : $"'{_shown}'";

        private string Child(string name) =>
            _shown.Length == 0 ? name : name.Contains('.', StringComparison.Ordinal) ? $"{_shown}[{name}]" : $"{_shown}.{name}";

        private bool Fail(string reason, IEnumerable<string> valid)
        {
            var list = valid.ToList();
            string hint = list.Count == 0 ? "" : $"; valid paths here: {string.Join(", ", list)}";
            diagnostics.Add(_at, $"--set {item}: {reason}{hint}");
            return false;
        }
    }
}
