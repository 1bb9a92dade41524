using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sim.Runner.Studies;

/// <summary>
/// <c>manifest.json</c>: what produced a result folder and when. The only file of a result folder
/// with timestamps (and the command line and thread count, which do not change the results); every
/// other file depends on the inputs alone. Immutable.
/// </summary>
internal sealed record RunManifest
{
    /// <summary>The file name inside a result folder.</summary>
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary><c>run</c> (sim run), <c>cell</c> (a cell of a sweep), <c>sweep</c>, <c>sweep-shard</c>, or <c>optimise</c> (sim optimise SCENARIO).</summary>
    public required string Kind { get; init; }

    /// <summary>The <c>sim</c> version (informational version: the release and the source commit).</summary>
    public string SoftwareVersion { get; init; } = Version;

    /// <summary>The command line, verb first.</summary>
    public required IReadOnlyList<string> CommandLine { get; init; }

    /// <summary>The scenario (or, for sweeps, the study) file as given.</summary>
    public required string Input { get; init; }

    /// <summary>SHA-256 of the input: for a run or cell, the scenario YAML, its tables and its overrides; for a sweep, also the study file.</summary>
    public required string InputSha256 { get; init; }

    /// <summary>The <c>PATH=VALUE</c> overrides applied, in order.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>The plan file, when a plan was applied; null otherwise.</summary>
    public string? Plan { get; init; }

    /// <summary>SHA-256 of the plan file; null without a plan.</summary>
    public string? PlanSha256 { get; init; }

    /// <summary>The root seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Replications per run or cell.</summary>
    public required int Replications { get; init; }

    /// <summary>For a sweep shard, <c>k/N</c>; null otherwise.</summary>
    public string? Shard { get; init; }

    /// <summary>Threads used (does not change the results).</summary>
    public required int Threads { get; init; }

    /// <summary>When the work started (UTC).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the results were complete (UTC); null while a sweep is still running (or was interrupted).</summary>
    public required DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The version of this program, as manifests record it.</summary>
    public static string Version { get; } =
        typeof(RunManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Writes the manifest as indented JSON.</summary>
    public void WriteTo(Stream stream) => JsonSerializer.Serialize(stream, this, Options);

    /// <summary>Reads the manifest of <paramref name="folder"/>.</summary>
    /// <exception cref="ResultFileException">It is missing or not a manifest.</exception>
    public static RunManifest Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<RunManifest>(stream, Options) ?? throw new ResultFileException(path, 0, "", "empty manifest");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new ResultFileException(path, 0, "", ex is FileNotFoundException or DirectoryNotFoundException
                ? "not found: this is not a result folder of sim run, sim sweep or sim optimise"
                : $"not a readable manifest ({ex.Message})");
        }
    }
}
