namespace Sim.Models.Planning.Plans.Yaml;

/// <summary>A plan's expected figures, as written.</summary>
internal sealed class PlanFiguresYaml
{
    public double? CostPerParcel { get; set; }
    public double? MeanDays { get; set; }
    public double? OnTimeProbability { get; set; }
    public List<PlanMarketFiguresYaml>? Markets { get; set; }
}
