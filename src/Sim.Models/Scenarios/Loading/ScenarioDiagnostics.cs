namespace Sim.Models.Scenarios.Loading;

/// <summary>Collects every error of one load, resolving YAML paths to lines and columns.</summary>
internal sealed class ScenarioDiagnostics(string yamlFile, YamlPositions positions)
{
    private readonly List<ScenarioError> _errors = [];

    public string YamlFile { get; } = yamlFile;

    public YamlPositions Positions { get; } = positions;

    public IReadOnlyList<ScenarioError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    /// <summary>An error about the YAML value at <paramref name="path"/> (or its nearest known parent).</summary>
    public void Add(FieldPath path, string reason)
    {
        var (line, column) = Positions.Find(path.Locator);
        Add(YamlFile, line, column, path.Display, reason);
    }

    /// <summary>An error about a mapping key itself (unknown field names).</summary>
    public void AddAtKey(FieldPath path, string reason)
    {
        var (line, column) = Positions.FindKey(path.Locator) ?? Positions.Find(path.Locator);
        Add(YamlFile, line, column, path.Display, reason);
    }

    public void Add(string file, int line, int column, string field, string reason) =>
        _errors.Add(new ScenarioError { File = file, Line = line, Column = column, Field = field, Reason = reason });
}
