namespace Sim.Models.Scenarios.Yaml;

/// <summary>A fulfilment policy as written; which fields apply depends on <c>kind</c>.</summary>
internal sealed class PolicyYaml
{
    public string? Kind { get; set; }
    public string? Mode { get; set; }
    public Dictionary<string, double>? Shares { get; set; }
    public List<string>? Modes { get; set; }
}
