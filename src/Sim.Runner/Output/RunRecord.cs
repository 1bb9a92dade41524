using Sim.Models.Kpis;

namespace Sim.Runner.Output;

/// <summary>
/// What a <c>sim run</c> wrote to <c>kpis.json</c>: the inputs that determine the result and the
/// KPIs. It holds no timestamps or machine names, so the same scenario and seed give byte-identical files.
/// </summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="ScenarioFile">The scenario file as the user gave it (<c>scenarios/baseline.yaml</c> for the built-in baseline).</param>
/// <param name="ScenarioSha256">The content hash of the scenario and its tables (see <c>ScenarioSource.Sha256</c>).</param>
/// <param name="Seed">The root seed.</param>
/// <param name="Replications">The number of replications.</param>
/// <param name="Warnings">What the run warns about (groups with more than 1% of their orders in flight at the end); empty when none.</param>
/// <param name="Kpis">The KPI rows, as written (groups without orders left out).</param>
internal sealed record RunRecord(string Scenario, string ScenarioFile, string ScenarioSha256, ulong Seed, int Replications, IReadOnlyList<string> Warnings, IReadOnlyList<KpiRow> Kpis);
