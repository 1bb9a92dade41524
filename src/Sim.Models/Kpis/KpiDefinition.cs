namespace Sim.Models.Kpis;

/// <summary>How one KPI is read off a per-replication record. Immutable.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="Name">The KPI name in snake_case.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Value">Reads the value; NaN when the record does not define it.</param>
/// <param name="WhenAbsent">The value when a replication has no such record (0 for counts, NaN otherwise).</param>
internal sealed record KpiDefinition<T>(string Name, string Unit, Func<T, double> Value, double WhenAbsent = double.NaN);
