namespace Sim.Models.Scenarios.Yaml;

/// <summary>A warehouse as written.</summary>
internal sealed class WarehouseYaml
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Market { get; set; }
    public string? FulfilmentMode { get; set; }
    public string? ReplenishmentMode { get; set; }
    public string? ReplenishmentOrigin { get; set; }
    public double? CapacityUnits { get; set; }
    public double? HoldingCostPerUnitDay { get; set; }
    public List<StockPolicyYaml>? Policies { get; set; }
}
