namespace Sim.Models.Scenarios.Yaml;

/// <summary>A sales peak as written.</summary>
internal sealed class SalesPeakYaml
{
    public string? Name { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public double? Multiplier { get; set; }
    public List<string>? Markets { get; set; }
}
