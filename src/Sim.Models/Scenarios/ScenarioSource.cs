namespace Sim.Models.Scenarios;

/// <summary>
/// The files a scenario was loaded from and a hash of their content, so that results can say
/// exactly what produced them and a result folder can tell whether it holds another scenario's
/// results. Immutable.
/// </summary>
public sealed record ScenarioSource
{
    /// <summary>The scenario file as the caller named it (relative paths stay relative).</summary>
    public required string File { get; init; }

    /// <summary>The scenario file's full path.</summary>
    public required string FullPath { get; init; }

    /// <summary>
    /// Lower-case hex SHA-256 over the scenario file and every table it read, each as its name (the
    /// scenario as <c>scenario</c>, a table as its path in the scenario), a zero byte, its length as
    /// 8 little-endian bytes and its bytes, in reading order. It depends on content only: the same
    /// files copied elsewhere hash the same; any edit changes it.
    /// </summary>
    public required string Sha256 { get; init; }

    /// <summary>The tables read, as the scenario names them (e.g. <c>tables/lanes.csv</c>), in reading order.</summary>
    public required IReadOnlyList<string> Tables { get; init; }
}
