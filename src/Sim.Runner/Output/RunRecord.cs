using Sim.Models.Kpis;

namespace Sim.Runner.Output;

/// <summary>
/// What a <c>sim run</c> wrote: the inputs that determine the result and the merged KPIs. It holds
/// no timestamps or machine names, so the same scenario and seed give byte-identical files.
/// </summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="ScenarioFile">The scenario file as given on the command line.</param>
/// <param name="Seed">The root seed.</param>
/// <param name="Replications">The number of replications.</param>
/// <param name="Kpis">The merged KPI rows.</param>
internal sealed record RunRecord(string Scenario, string ScenarioFile, ulong Seed, int Replications, IReadOnlyList<KpiRow> Kpis);
