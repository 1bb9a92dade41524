using System.Security.Cryptography;
using System.Text;

namespace Sim.Runner.Tests.Pinned;

/// <summary>
/// SHA-256 hashes of the data files under a folder, by path relative to it ('/' separated), and the pin
/// file that holds them (<c>HASH  PATH</c>, one line per file, sorted by path, after a comment header).
/// </summary>
internal static class ResultFileHashes
{
    private static readonly string[] Header =
    [
        "# SHA-256 of every data file the examples write (tests/Sim.Runner.Tests/Pinned/PinnedResultsTests.cs);",
        "# source.json without its full_path. Rewrite only with scripts/pin-results.sh, when results change on purpose.",
    ];

    /// <summary>Hashes every file under <paramref name="folder"/> but <c>manifest.json</c> and PNG/SVG images.</summary>
    public static SortedDictionary<string, string> Of(string folder)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            string name = Path.GetFileName(file);
            if (name == "manifest.json" || name.EndsWith(".png", StringComparison.Ordinal) || name.EndsWith(".svg", StringComparison.Ordinal))
            {
                continue;
            }

            string path = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            hashes[path] = Convert.ToHexStringLower(SHA256.HashData(Content(file)));
        }

        return hashes;
    }

    /// <summary>Reads a pin file written by <see cref="Write"/>.</summary>
    public static SortedDictionary<string, string> Read(string pinFile)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(pinFile).Where(l => l.Length > 0 && l[0] != '#'))
        {
            int space = line.IndexOf("  ", StringComparison.Ordinal);
            hashes[line[(space + 2)..]] = line[..space];
        }

        return hashes;
    }

    /// <summary>Writes <paramref name="hashes"/> as the pin file.</summary>
    public static void Write(string pinFile, SortedDictionary<string, string> hashes) =>
        File.WriteAllLines(pinFile, Header.Concat(hashes.Select(h => $"{h.Value}  {h.Key}")));

    /// <summary>One line per file that changed, is missing or is new, in path order; empty when all match.</summary>
    public static List<string> Differences(SortedDictionary<string, string> pinned, SortedDictionary<string, string> actual)
    {
        var lines = new List<string>();
        foreach (string path in pinned.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
        {
            bool wasPinned = pinned.TryGetValue(path, out string? before);
            bool isWritten = actual.TryGetValue(path, out string? after);
            if (!wasPinned)
            {
                lines.Add($"  new (not pinned): {path}");
            }
            else if (!isWritten)
            {
                lines.Add($"  missing (pinned, not written): {path}");
            }
            else if (before != after)
            {
                lines.Add($"  changed: {path}");
            }
        }

        return lines;
    }

    // Where the repository happens to be is no result: source.json is hashed without its full_path.
    private static byte[] Content(string file)
    {
        if (Path.GetFileName(file) != "source.json")
        {
            return File.ReadAllBytes(file);
        }

        // One line of its own in the writer's indented JSON; the rest is compared byte for byte.
        string[] lines = File.ReadAllText(file).Split('\n');
        string[] kept = lines.Where(l => !l.TrimStart().StartsWith("\"full_path\":", StringComparison.Ordinal)).ToArray();
        Assert.True(kept.Length == lines.Length - 1, $"{file} has no full_path line");
        return Encoding.UTF8.GetBytes(string.Join('\n', kept));
    }
}
