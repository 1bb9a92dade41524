namespace Sim.Runner.Studies;

/// <summary>Which KPI a row of a result file holds: its group (e.g. <c>mode=express;market=US</c>), name and unit. Immutable.</summary>
/// <param name="Group">The group key's text form.</param>
/// <param name="Kpi">The KPI's snake_case name.</param>
/// <param name="Unit">Its unit.</param>
internal sealed record KpiKey(string Group, string Kpi, string Unit);
