namespace Sim.Runner.Commands;

/// <summary>What <c>sim optimise</c> was asked to do, its options already parsed and range-checked. Immutable.</summary>
/// <param name="Scenario">The scenario to plan; null with <paramref name="Files"/>.</param>
/// <param name="Files">The OR-Library files; empty with a scenario.</param>
/// <param name="Capacity">OR-Library: the value of the keyword <c>capacity</c>; null when not given.</param>
/// <param name="Uncapacitated">OR-Library: ignore capacities.</param>
/// <param name="TimeLimit">Seconds for each solve; null for none.</param>
/// <param name="Gap">Relative gap in [0, 1) to stop at; null to prove optimality.</param>
/// <param name="Threads">Threads for branch and bound and for replications; null for the default (OR-Library 1, a scenario one per core).</param>
/// <param name="WriteLp">Where to write the model as CPLEX LP; null for nowhere.</param>
/// <param name="Verbose">Print the solver's log on stderr.</param>
/// <param name="Pareto">Plans on the cost-delay frontier; null for none.</param>
/// <param name="Loop">Rounds of the simulation-optimisation loop; null for none.</param>
/// <param name="Replications">Replications per simulation; null for the scenario's.</param>
/// <param name="Seed">The root seed; null for the scenario's.</param>
/// <param name="Output">The output folder; null for <c>results/&lt;file name&gt;-plan</c>.</param>
/// <param name="Force">Replace an output folder holding another input's results.</param>
internal sealed record OptimiseRequest(
    string? Scenario,
    IReadOnlyList<FileInfo> Files,
    double? Capacity,
    bool Uncapacitated,
    double? TimeLimit,
    double? Gap,
    int? Threads,
    FileInfo? WriteLp,
    bool Verbose,
    int? Pareto = null,
    int? Loop = null,
    int? Replications = null,
    ulong? Seed = null,
    string? Output = null,
    bool Force = false);
