namespace Sim.Models.Scenarios.Yaml;

/// <summary>Paths of the CSV tables, relative to the YAML file.</summary>
internal sealed class TablesYaml
{
    public string? Lanes { get; set; }
    public string? RateCards { get; set; }
    public string? Demand { get; set; }
}
