namespace Sim.Models.Scenarios.Yaml;

/// <summary>The YAML root, as written; mapped and validated into a <see cref="Scenario"/>.</summary>
internal sealed class ScenarioYaml
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Currency { get; set; }
    public string? StartDate { get; set; }
    public double? HorizonDays { get; set; }
    public double? WarmUpDays { get; set; }
    public List<string>? ReportPeriods { get; set; }
    public int? Replications { get; set; }
    public ulong? Seed { get; set; }
    public TablesYaml? Tables { get; set; }
    public List<NodeYaml>? Nodes { get; set; }
    public List<MarketYaml>? Markets { get; set; }
    public List<CustomsProfileYaml>? CustomsProfiles { get; set; }
    public List<ProductClassYaml>? ProductClasses { get; set; }
    public List<ModeYaml>? Modes { get; set; }
    public DemandYaml? Demand { get; set; }
    public List<WarehouseYaml>? Warehouses { get; set; }
    public List<FulfilmentYaml>? Fulfilment { get; set; }
    public List<ReturnYaml>? Returns { get; set; }
    public PlanningYaml? Planning { get; set; }
}
