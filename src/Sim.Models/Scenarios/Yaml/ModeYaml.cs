namespace Sim.Models.Scenarios.Yaml;

/// <summary>A mode as written.</summary>
internal sealed class ModeYaml
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public double? MaxWeightKg { get; set; }
    public double? MaxValue { get; set; }
    public string? CustomsChannel { get; set; }
    public List<LegYaml>? Legs { get; set; }
}
