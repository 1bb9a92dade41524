namespace Sim.Models.Planning.Plans.Yaml;

/// <summary>An open warehouse of a plan, as written.</summary>
internal sealed class PlanWarehouseYaml
{
    public string? Id { get; set; }
    public string? ReplenishmentMode { get; set; }
    public List<PlanPolicyYaml>? Policies { get; set; }
}
