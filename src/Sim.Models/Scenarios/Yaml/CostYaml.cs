namespace Sim.Models.Scenarios.Yaml;

/// <summary>A leg cost as written.</summary>
internal sealed class CostYaml
{
    public double? PerParcel { get; set; }
    public double? PerKg { get; set; }
    public double? PerM3 { get; set; }
    public double? PerShipment { get; set; }
    public double? PerContainer { get; set; }
    public double? ContainerCapacityM3 { get; set; }
    public double? LclPerM3 { get; set; }
    public double? LclMinimum { get; set; }
}
