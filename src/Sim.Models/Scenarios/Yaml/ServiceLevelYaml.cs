namespace Sim.Models.Scenarios.Yaml;

/// <summary>A market's service level as written.</summary>
internal sealed class ServiceLevelYaml
{
    public string? Market { get; set; }
    public double? OnTime { get; set; }
    public double? MeanDays { get; set; }
}
