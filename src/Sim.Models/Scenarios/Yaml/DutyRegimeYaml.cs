namespace Sim.Models.Scenarios.Yaml;

/// <summary>A duty regime as written.</summary>
internal sealed class DutyRegimeYaml
{
    public string? EffectiveFrom { get; set; }
    public List<string>? Channels { get; set; }
    public List<string>? Origins { get; set; }
    public string? DutyBase { get; set; }
    public bool? ImportTaxRecoverable { get; set; }
    public double? SaleTaxRate { get; set; }
    public double? DeMinimis { get; set; }
    public double? TaxDeMinimis { get; set; }
    public double? DutyRate { get; set; }
    public double? TaxRate { get; set; }
    public double? PerParcelFee { get; set; }
    public string? Clearance { get; set; }
}
