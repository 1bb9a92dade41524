namespace Sim.Models.Scenarios.Yaml;

/// <summary>A service level as written.</summary>
internal sealed class ServiceLevelYaml
{
    public string? Market { get; set; }
    public string? ProductClass { get; set; }
    public double? Share { get; set; }
    public double? WithinDays { get; set; }
    public double? MeanDays { get; set; }

    /// <summary>The form before service levels named their own yardstick; read only to say how to migrate.</summary>
    public double? OnTime { get; set; }
}
