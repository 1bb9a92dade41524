namespace Sim.Models.Scenarios.Yaml;

/// <summary>A capacity as written.</summary>
internal sealed class CapacityYaml
{
    public int? Servers { get; set; }
    public double? DailyThroughput { get; set; }
}
