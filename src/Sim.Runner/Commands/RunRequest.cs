namespace Sim.Runner.Commands;

/// <summary>What <c>sim run</c> was asked to do. Immutable.</summary>
/// <param name="Scenario">The scenario file as given; null for the built-in baseline.</param>
/// <param name="Replications">Replications (1 to 10000); null for the scenario's.</param>
/// <param name="Seed">The root seed; null for the scenario's.</param>
/// <param name="Threads">Replications run at once (1 to 1024); null for one per core.</param>
/// <param name="Output">The output folder; null for <c>results/&lt;file name&gt;</c>.</param>
/// <param name="Force">Replace an output folder holding another scenario's results.</param>
/// <param name="Set">What-if overrides as given to <c>--set</c>, <c>PATH=VALUE</c> each; null or empty for none.</param>
/// <param name="Plan">A plan.yaml to simulate the scenario under; null for the scenario's own policies.</param>
/// <param name="TraceSample">Share in [0, 1] of orders whose milestone times go to <c>trace.csv</c>; 0 for no trace file.</param>
internal sealed record RunRequest(string? Scenario, int? Replications, ulong? Seed, int? Threads, string? Output, bool Force, IReadOnlyList<string>? Set = null, string? Plan = null, double TraceSample = 0);
