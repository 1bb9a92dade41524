using Sim.Models.Scenarios;

namespace Sim.Runner.Studies;

/// <summary>A cell of a sweep with its scenario loaded (overrides applied and validated). Immutable.</summary>
/// <param name="Cell">The cell.</param>
/// <param name="Scenario">Its scenario.</param>
internal sealed record SweepCellRun(StudyCell Cell, Scenario Scenario);
