namespace Sim.Models.Scenarios.Yaml;

/// <summary>A leg as written.</summary>
internal sealed class LegYaml
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Node { get; set; }
    public DistributionYaml? ProcessingTime { get; set; }
    public CapacityYaml? Capacity { get; set; }
    public TimetableYaml? Timetable { get; set; }
    public CostYaml? Cost { get; set; }
    public string? CostCategory { get; set; }
    public double? LossProbability { get; set; }
    public double? DamageProbability { get; set; }
    public TrackingYaml? Tracking { get; set; }
    public EmissionsYaml? Emissions { get; set; }
    public double? DistanceKm { get; set; }
    public string? CustomsProfile { get; set; }
    public string? Clearance { get; set; }
    public Dictionary<string, string>? CustomsProfiles { get; set; }
    public double? RemoteAreaSurcharge { get; set; }
}
