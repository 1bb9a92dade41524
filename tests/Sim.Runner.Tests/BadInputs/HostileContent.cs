using System.Text;

namespace Sim.Runner.Tests.BadInputs;

/// <summary>Generated hostile file contents too large or too odd to keep literally in the corpus.</summary>
internal static class HostileContent
{
    public static byte[] Make(string kind, string baseScenario) => kind switch
    {
        // A 1 KB "billion laughs": nine levels of nine aliases expand to 9^9 values.
        "billion-laughs" => Encoding.UTF8.GetBytes(
            "name: lol\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" +
            string.Concat("bcdefghi".Select((c, i) => $"{c}: &{c} [{string.Join(", ", Enumerable.Repeat("*" + "abcdefghi"[i], 9))}]\n"))),
        "deep-brackets" => Encoding.UTF8.GetBytes("name: deep\nnodes: " + new string('[', 20_000) + new string(']', 20_000) + "\n"),
        "deep-blocks" => Encoding.UTF8.GetBytes("name: deep\ndemand:\n" + string.Concat(Enumerable.Range(1, 70).Select(i => new string(' ', 2 * i) + "k:\n")) + new string(' ', 142) + "v\n"),
        "oversize-yaml" => Encoding.UTF8.GetBytes(baseScenario + string.Concat(Enumerable.Repeat("# padding padding padding padding padding padding padding padding\n", 17_000))),
        "invalid-utf8" => [.. Encoding.UTF8.GetBytes(baseScenario), (byte)'#', 0xFF, 0xFE, (byte)'\n'],
        "nul-bytes" => [.. Encoding.UTF8.GetBytes("name: x\0y\n")],
        "orlib-huge-header" => Encoding.ASCII.GetBytes("999999999 999999999\n 10 5\n 10 1\n 4\n 3 2\n"),
        "empty" => [],
        _ => throw new ArgumentException($"unknown generator '{kind}'", nameof(kind)),
    };
}
