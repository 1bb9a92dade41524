using System.Text.Json;

namespace Sim.Runner.Output;

/// <summary>
/// What produced a result set: the input file as the user named it, its full path, and the SHA-256
/// of its content together with every file it reads (see <c>ScenarioSource</c>). Stored as
/// <see cref="FileName"/> in every result folder; its presence marks a folder as one <c>sim</c> may
/// replace. Immutable.
/// </summary>
/// <param name="File">The input file as given on the command line (or a built-in name).</param>
/// <param name="FullPath">The input file's full path, to tell two files apart.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the input and every file it reads.</param>
/// <param name="Inputs">The files hashed, in hashing order, as the input names them.</param>
internal sealed record ResultOrigin(string File, string FullPath, string Sha256, IReadOnlyList<string> Inputs)
{
    /// <summary>The file name of the record inside a result folder.</summary>
    public const string FileName = "source.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>
    /// True when a result set of <paramref name="other"/> may be replaced by one of this origin
    /// without <c>--force</c>: the same file (edited or not), or a file with the same content.
    /// </summary>
    public bool MayReplace(ResultOrigin other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.Equals(FullPath, other.FullPath, StringComparison.Ordinal)
            || string.Equals(Sha256, other.Sha256, StringComparison.Ordinal);
    }

    /// <summary>The record as UTF-8 JSON (no timestamps: the same origin gives the same bytes).</summary>
    public void WriteTo(Stream stream) => JsonSerializer.Serialize(stream, this, Options);

    /// <summary>Reads the record of the result folder <paramref name="folder"/>; null when it is missing or unreadable.</summary>
    public static ResultOrigin? TryRead(string folder)
    {
        try
        {
            var info = new FileInfo(Path.Combine(folder, FileName));
            if (!info.Exists || info.Length > 1 << 20)
            {
                return null;
            }

            using var stream = info.OpenRead();
            var origin = JsonSerializer.Deserialize<ResultOrigin>(stream, Options);
            return origin is { File: not null, FullPath: not null, Sha256: not null } ? origin : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
