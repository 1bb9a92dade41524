namespace Sim.Runner.Commands;

/// <summary>What <c>sim optimise</c> was asked to do, its options already parsed and range-checked. Immutable.</summary>
/// <param name="Files">The OR-Library files, at least one.</param>
/// <param name="Capacity">The value of the keyword <c>capacity</c>; null when not given.</param>
/// <param name="Uncapacitated">Ignore capacities.</param>
/// <param name="TimeLimit">Seconds for the search; null for none.</param>
/// <param name="Gap">Relative gap in [0, 1) to stop at; null to prove optimality.</param>
/// <param name="Threads">Branch-and-bound threads, 1 to 1024.</param>
/// <param name="WriteLp">Where to write the model as CPLEX LP; null for nowhere.</param>
/// <param name="Verbose">Print the solver's log on stderr.</param>
internal sealed record OptimiseRequest(
    FileInfo[] Files, double? Capacity, bool Uncapacitated, double? TimeLimit, double? Gap, int Threads, FileInfo? WriteLp, bool Verbose);
