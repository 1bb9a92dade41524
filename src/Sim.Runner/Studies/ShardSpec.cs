using System.Globalization;

namespace Sim.Runner.Studies;

/// <summary>Shard <see cref="Index"/> of <see cref="Count"/> (1-based), <c>k/N</c> on the command line: it runs cells i with i mod N = k − 1. Immutable.</summary>
/// <param name="Index">k, from 1 to <paramref name="Count"/>.</param>
/// <param name="Count">N, at least 1.</param>
internal sealed record ShardSpec(int Index, int Count)
{
    /// <summary>The whole study: shard 1 of 1.</summary>
    public static ShardSpec Whole { get; } = new(1, 1);

    /// <summary>True when this shard runs the cell at <paramref name="cellIndex"/>.</summary>
    public bool Includes(int cellIndex) => cellIndex % Count == Index - 1;

    /// <summary>Reads <c>k/N</c> with 1 ≤ k ≤ N ≤ 100000; null when malformed.</summary>
    public static ShardSpec? TryParse(string? text)
    {
        string[] parts = (text ?? "").Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && n is >= 1 and <= 100_000 && k >= 1 && k <= n
            ? new ShardSpec(k, n) : null;
    }

    /// <summary>The shard as <c>k/N</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
