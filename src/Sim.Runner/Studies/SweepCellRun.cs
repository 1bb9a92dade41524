using Sim.Models.Flow.Compilation;
using Sim.Models.Scenarios;

namespace Sim.Runner.Studies;

/// <summary>A cell of a sweep with its scenario loaded (overrides applied and validated) and compiled once for all its replications. Immutable.</summary>
/// <param name="Cell">The cell.</param>
/// <param name="Scenario">Its scenario.</param>
/// <param name="Network">The scenario compiled; its replications share it read-only.</param>
internal sealed record SweepCellRun(StudyCell Cell, Scenario Scenario, CompiledNetwork Network);
