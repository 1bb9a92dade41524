namespace Sim.Models.Scenarios.Yaml;

/// <summary>A node as written.</summary>
internal sealed class NodeYaml
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Gateway { get; set; }
    public string? Country { get; set; }
    public int? Servers { get; set; }
    public double? RemoteShare { get; set; }
}
