namespace Sim.Runner.Commands;

/// <summary>The options of <c>sim sweep</c>. Immutable.</summary>
/// <param name="Output">The output folder, or null for the default.</param>
/// <param name="Threads">Replications at once; null for one per core.</param>
/// <param name="Shard">The shard as <c>k/N</c>, or null for the whole study.</param>
/// <param name="Resume">Run only the missing cells of an existing folder.</param>
/// <param name="Force">Replace a folder holding a different study's results.</param>
internal sealed record SweepOptions(string? Output, int? Threads, string? Shard, bool Resume, bool Force);
