namespace Sim.Models.Scenarios.Yaml;

/// <summary>A distribution as written.</summary>
internal sealed class DistributionYaml
{
    public string? Kind { get; set; }
    public double? Mean { get; set; }
    public double? Cv { get; set; }
    public double? Min { get; set; }
    public double? Mode { get; set; }
    public double? Max { get; set; }
    public string? Unit { get; set; }
}
