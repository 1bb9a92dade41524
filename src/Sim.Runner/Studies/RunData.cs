using Sim.Models.Kpis;

namespace Sim.Runner.Studies;

/// <summary>What <see cref="RunFolder.WriteData"/> wrote. Immutable.</summary>
/// <param name="Summary">The merged KPIs.</param>
/// <param name="Rows">The KPI rows written (groups without orders left out).</param>
/// <param name="Warnings">The groups with more than 1% of their orders still in flight at the end, as sentences.</param>
internal sealed record RunData(KpiSummary Summary, IReadOnlyList<KpiRow> Rows, IReadOnlyList<string> Warnings);
