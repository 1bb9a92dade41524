using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sim.Models.Scenarios.Overrides;

/// <summary>
/// What applying a scenario's overrides did to its YAML tree: the nodes it created (with the file
/// position to report for them) and which field each override set, so that validation errors about
/// those fields can say the value came from an override.
/// </summary>
internal sealed class AppliedOverrides
{
    private readonly List<(string Display, ScenarioOverride Override)> _applied = [];

    /// <summary>Nodes created by overrides, and where in the file to report them.</summary>
    public Dictionary<YamlNode, Mark> PlacedAt { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>True when at least one override was applied.</summary>
    public bool Any => _applied.Count > 0;

    /// <summary>Records that <paramref name="applied"/> set the field shown as <paramref name="display"/>.</summary>
    public void Add(string display, ScenarioOverride applied) => _applied.Add((display, applied));

    /// <summary>
    /// Appends "(set by --set PATH=VALUE)" to the reason of every error about a field an override
    /// set, or about anything inside it; other errors are returned unchanged.
    /// </summary>
    public IReadOnlyList<ScenarioError> Annotate(IReadOnlyList<ScenarioError> errors)
    {
        if (_applied.Count == 0)
        {
            return errors;
        }

        var result = new List<ScenarioError>(errors.Count);
        foreach (var error in errors)
        {
            var source = _applied.LastOrDefault(a => Covers(a.Display, error.Field));
            result.Add(source.Override is null ? error : error with { Reason = $"{error.Reason} (set by --set {source.Override})" });
        }

        return result;
    }

    private static bool Covers(string display, string field) =>
        field == display || (field.StartsWith(display, StringComparison.Ordinal) && field[display.Length] is '.' or '[');
}
