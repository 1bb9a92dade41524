namespace Sim.Models.Scenarios.Yaml;

/// <summary>A customs profile as written.</summary>
internal sealed class CustomsProfileYaml
{
    public string? Id { get; set; }
    public DistributionYaml? DeclarationTime { get; set; }
    public double? InspectionProbability { get; set; }
    public DistributionYaml? InspectionDelay { get; set; }
    public double? HoldProbability { get; set; }
    public DistributionYaml? HoldDelay { get; set; }
    public double? SeizureProbability { get; set; }
    public double? DocumentErrorProbability { get; set; }
    public DistributionYaml? DocumentErrorDelay { get; set; }
}
