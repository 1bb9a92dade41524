namespace Sim.Models.Scenarios.Yaml;

/// <summary>A lane fulfilment entry as written.</summary>
internal sealed class FulfilmentYaml
{
    public string? Market { get; set; }
    public string? ProductClass { get; set; }
    public PolicyYaml? Policy { get; set; }
}
