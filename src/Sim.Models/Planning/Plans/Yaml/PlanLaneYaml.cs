namespace Sim.Models.Planning.Plans.Yaml;

/// <summary>A lane of a plan, as written.</summary>
internal sealed class PlanLaneYaml
{
    public string? Origin { get; set; }
    public string? Market { get; set; }
    public string? ProductClass { get; set; }
    public string? Segment { get; set; }
    public List<PlanShareYaml>? Shares { get; set; }
}
