namespace Sim.Models.Scenarios.Yaml;

/// <summary>A further market a warehouse serves, as written.</summary>
internal sealed class WarehouseMarketYaml
{
    public string? Market { get; set; }
    public string? FulfilmentMode { get; set; }
}
