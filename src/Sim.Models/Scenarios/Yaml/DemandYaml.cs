namespace Sim.Models.Scenarios.Yaml;

/// <summary>Demand settings shared by every stream of the demand table.</summary>
internal sealed class DemandYaml
{
    public List<double>? WeeklyPattern { get; set; }
    public List<SalesPeakYaml>? Peaks { get; set; }
}
