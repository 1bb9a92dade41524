namespace Sim.Runner.Output;

/// <summary>
/// Finds and resolves what a killed <see cref="ResultSet"/> left beside its target folder: staging
/// folders (<c>.NAME.sim-new-*</c>, deleted) and, after the two-rename fallback of
/// <see cref="DirectoryExchange"/>, a parked previous set (<c>.NAME.sim-old-*</c>: moved back when
/// the target is missing, else deleted). Each name ends in a 16-digit hex token, so the leftovers of
/// a target named <c>a.sim-new-b</c> are never mistaken for those of <c>a</c>. Call it only while
/// holding the target's lock, so that no live writer owns what it removes.
/// </summary>
internal static class ResultLeftovers
{
    /// <summary>Hex digits in the token that ends every staging and parked folder name.</summary>
    public const int TokenLength = 16;

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdef");

    /// <summary>The prefix of a staging folder's name for the target named <paramref name="name"/>.</summary>
    public static string StagingPrefix(string name) => $".{name}.sim-new-";

    /// <summary>The prefix of a parked previous set's name for the target named <paramref name="name"/>.</summary>
    public static string ParkedPrefix(string name) => $".{name}.sim-old-";

    /// <summary>Cleans up after killed writers of <paramref name="parent"/>/<paramref name="name"/>.</summary>
    /// <param name="parent">The folder holding the target.</param>
    /// <param name="name">The target folder's name.</param>
    /// <returns>How many leftovers were removed or restored.</returns>
    public static int Clean(string parent, string name)
    {
        string target = Path.Combine(parent, name);
        int cleaned = 0;
        foreach (string folder in Directory.EnumerateDirectories(parent).Order(StringComparer.Ordinal))
        {
            string entry = Path.GetFileName(folder);
            bool parked = Matches(entry, ParkedPrefix(name));
            if (parked && !Directory.Exists(target))
            {
                // The kill came between the fallback's two renames: the parked set is the complete old one.
                Directory.Move(folder, target);
                cleaned++;
            }
            else if (parked || Matches(entry, StagingPrefix(name)))
            {
                Directory.Delete(folder, recursive: true);
                cleaned++;
            }
        }

        return cleaned;
    }

    /// <summary>A fresh random token for a staging or parked folder name.</summary>
    public static string NewToken() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(TokenLength / 2));

    private static bool Matches(string entry, string prefix) =>
        entry.Length == prefix.Length + TokenLength
        && entry.StartsWith(prefix, StringComparison.Ordinal)
        && entry.AsSpan(prefix.Length).ContainsAnyExcept(HexDigits) is false;
}
