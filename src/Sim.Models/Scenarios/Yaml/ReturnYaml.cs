namespace Sim.Models.Scenarios.Yaml;

/// <summary>A market return policy as written.</summary>
internal sealed class ReturnYaml
{
    public string? Market { get; set; }
    public double? ShareToWarehouse { get; set; }
    public string? Warehouse { get; set; }
    public string? WarehouseReverseMode { get; set; }
    public string? OriginReverseMode { get; set; }
    public DistributionYaml? InspectionTime { get; set; }
    public double? RestockProbability { get; set; }
    public double? HandlingCost { get; set; }
}
