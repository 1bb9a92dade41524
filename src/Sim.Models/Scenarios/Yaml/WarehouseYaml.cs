namespace Sim.Models.Scenarios.Yaml;

/// <summary>A warehouse as written.</summary>
internal sealed class WarehouseYaml
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Market { get; set; }
    public string? FulfilmentMode { get; set; }
    public List<WarehouseMarketYaml>? AlsoServes { get; set; }
    public string? ReplenishmentMode { get; set; }
    public string? ReplenishmentOrigin { get; set; }
    public double? CapacityUnits { get; set; }
    public double? CapacityM3 { get; set; }
    public string? OnOverflow { get; set; }
    public double? OverflowCostPerDay { get; set; }
    public double? HoldingCostPerUnitDay { get; set; }
    public double? FixedCostPerDay { get; set; }
    public double? PickCapacityPerDay { get; set; }
    public bool? Candidate { get; set; }
    public List<StockPolicyYaml>? Policies { get; set; }
}
