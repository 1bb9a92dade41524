namespace Sim.Models.Scenarios.Yaml;

/// <summary>Tracking as written.</summary>
internal sealed class TrackingYaml
{
    public bool? ProducesScan { get; set; }
    public double? VisibilityDelayHours { get; set; }
    public string? Milestone { get; set; }
    public string? StartMilestone { get; set; }
}
