namespace Sim.Models.Planning.Plans.Yaml;

/// <summary>A planned stock policy, as written.</summary>
internal sealed class PlanPolicyYaml
{
    public string? ProductClass { get; set; }
    public string? Kind { get; set; }
    public double? ReorderPoint { get; set; }
    public double? OrderUpTo { get; set; }
    public double? ReviewPeriodDays { get; set; }
    public string? FallbackMode { get; set; }
    public double? InitialStock { get; set; }
}
