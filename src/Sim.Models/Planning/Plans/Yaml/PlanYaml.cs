namespace Sim.Models.Planning.Plans.Yaml;

/// <summary>The root of <c>plan.yaml</c>, as written; mapped and validated into a <see cref="Plan"/>.</summary>
internal sealed class PlanYaml
{
    public string? Scenario { get; set; }
    public string? Description { get; set; }
    public List<PlanLaneYaml>? Lanes { get; set; }
    public List<PlanWarehouseYaml>? Warehouses { get; set; }
    public List<PlanDedicatedLineYaml>? DedicatedLines { get; set; }
    public PlanFiguresYaml? Figures { get; set; }
}
