namespace Sim.Models.Planning.Plans.Yaml;

/// <summary>A route share of a lane, as written.</summary>
internal sealed class PlanShareYaml
{
    public string? Mode { get; set; }
    public string? Warehouse { get; set; }
    public double? Share { get; set; }
}
