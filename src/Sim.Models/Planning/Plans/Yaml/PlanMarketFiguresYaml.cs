namespace Sim.Models.Planning.Plans.Yaml;

/// <summary>A plan's expected figures in one market, as written.</summary>
internal sealed class PlanMarketFiguresYaml
{
    public string? Market { get; set; }
    public double? CostPerParcel { get; set; }
    public double? MeanDays { get; set; }
    public double? OnTimeProbability { get; set; }
}
