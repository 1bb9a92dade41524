namespace Sim.Models.Scenarios.Yaml;

/// <summary>A product class as written.</summary>
internal sealed class ProductClassYaml
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public double? Value { get; set; }
    public double? CustomsValue { get; set; }
    public double? WeightKg { get; set; }
    public double? VolumeM3 { get; set; }
    public double? ReturnRate { get; set; }
    public double? PromiseDays { get; set; }
}
