using Sim.Models.Scenarios.Overrides;

namespace Sim.Runner.Studies;

/// <summary>
/// One cell of a study: a variant of the base scenario, run with the study's seed and replication
/// count (so cells share their random numbers). Immutable.
/// </summary>
/// <param name="Index">0-based position in the study; shard k of N runs the cells with Index mod N = k − 1.</param>
/// <param name="Id">Its folder name under <c>cells/</c>: the cell's name for named cells, <c>c001</c>, <c>c002</c>, ... for grid cells.</param>
/// <param name="Name">What tables and charts call it: its name, or <c>factor=level, ...</c> for grid cells.</param>
/// <param name="Overrides">Every override of the cell, the study's own first.</param>
/// <param name="Levels">For grid cells, the level index of each factor, in factor order; empty for named cells.</param>
internal sealed record StudyCell(int Index, string Id, string Name, IReadOnlyList<ScenarioOverride> Overrides, IReadOnlyList<int> Levels);
