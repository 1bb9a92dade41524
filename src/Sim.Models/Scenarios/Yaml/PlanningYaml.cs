namespace Sim.Models.Scenarios.Yaml;

/// <summary>The planning section as written.</summary>
internal sealed class PlanningYaml
{
    public double? ValueOfTimePerParcelDay { get; set; }
    public double? LatePenaltyPerParcel { get; set; }
    public double? BackorderPenaltyPerUnitDay { get; set; }
    public double? MaxUtilisation { get; set; }
    public bool? SingleSourcing { get; set; }
    public List<ServiceLevelYaml>? ServiceLevels { get; set; }
}
