namespace Sim.Models.Scenarios.Yaml;

/// <summary>A market as written.</summary>
internal sealed class MarketYaml
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? ImportCustomsNode { get; set; }
    public string? LastMileZone { get; set; }
    public string? ImportCustomsProfile { get; set; }
    public List<DutyRegimeYaml>? DutyRegimes { get; set; }
}
