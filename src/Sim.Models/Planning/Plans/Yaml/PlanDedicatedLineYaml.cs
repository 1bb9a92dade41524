namespace Sim.Models.Planning.Plans.Yaml;

/// <summary>A dedicated line's departures, as written.</summary>
internal sealed class PlanDedicatedLineYaml
{
    public string? Mode { get; set; }
    public int? WeeklyDepartures { get; set; }
}
