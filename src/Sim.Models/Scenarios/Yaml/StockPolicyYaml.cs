namespace Sim.Models.Scenarios.Yaml;

/// <summary>A stock policy as written.</summary>
internal sealed class StockPolicyYaml
{
    public string? ProductClass { get; set; }
    public string? Kind { get; set; }
    public double? ReorderPoint { get; set; }
    public double? OrderUpTo { get; set; }
    public double? ReviewPeriodDays { get; set; }
    public double? InitialStock { get; set; }
    public string? OnStockOut { get; set; }
    public string? FallbackMode { get; set; }
    public double? WriteOffAfterDays { get; set; }
    public double? WriteOffRatePerDay { get; set; }
}
