namespace Sim.Models.Scenarios.Yaml;

/// <summary>A timetable as written.</summary>
internal sealed class TimetableYaml
{
    public List<double>? DepartureHours { get; set; }
    public double? EveryHours { get; set; }
    public double? FirstDepartureHour { get; set; }
    public List<string>? Weekdays { get; set; }
    public double? CutoffHours { get; set; }
    public int? CapacityParcels { get; set; }
    public double? CapacityKg { get; set; }
}
