namespace Sim.Models.Scenarios.Yaml;

/// <summary>Emission factors as written.</summary>
internal sealed class EmissionsYaml
{
    public double? KgCo2ePerTonneKm { get; set; }
    public double? KgCo2ePerParcel { get; set; }
}
