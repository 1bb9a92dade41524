using System.Diagnostics;
using Sim.Runner.Output;
using Sim.Runner.Tests.Commands;

namespace Sim.Runner.Tests.Output;

/// <summary>
/// Kills a real <c>sim run</c> process (SIGKILL) at random moments while it writes and commits its
/// result set, slowed down by <see cref="ResultSetOptions.PauseVariable"/>, and checks that the output
/// folder then holds either the complete previous set or the complete new one, and that the next
/// run leaves no leftovers.
/// </summary>
public sealed class ResultSetKillTests : IDisposable
{
    private const int PauseMilliseconds = 120;

    private readonly BaselineCopy _baseline = new();

    public void Dispose() => _baseline.Dispose();

    private string Scenario => _baseline.Variant("short.yaml", "horizon_days: 60", "horizon_days: 8");

    private static Process Start(string scenario, string output, int seed)
    {
        string dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "sim.dll"), "run", scenario, "-r", "2", "-t", "1", "-s", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", output, "-q" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[ResultSetOptions.PauseVariable] = PauseMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Process.Start(start)!;
    }

    // manifest.json records when each run started and ended, so it differs between runs of the same
    // input by design; every other file of a set is compared byte for byte (its presence too).
    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Path.GetFileName(f) == "manifest.json" ? [] : File.ReadAllBytes(f), StringComparer.Ordinal);

    private static bool Same(Dictionary<string, byte[]> a, Dictionary<string, byte[]> b) =>
        a.Count == b.Count && a.All(entry => b.TryGetValue(entry.Key, out var other) && entry.Value.AsSpan().SequenceEqual(other));

    [Fact]
    public void Run_KilledAtRandomMoments_LeavesTheOldSetOrTheNewSetWhole()
    {
        string scenario = Scenario;
        string reference = Path.Combine(_baseline.Folder, "reference");
        string target = Path.Combine(_baseline.Folder, "target");
        var clock = Stopwatch.StartNew();
        using (var run = Start(scenario, reference, seed: 2))
        {
            run.WaitForExit();
            Assert.Equal(0, run.ExitCode);
        }

        double fullRun = clock.Elapsed.TotalMilliseconds;
        var newSet = Snapshot(reference);
        using (var run = Start(scenario, target, seed: 1))
        {
            run.WaitForExit();
            Assert.Equal(0, run.ExitCode);
        }

        var oldSet = Snapshot(target);
        Assert.False(Same(oldSet, newSet), "the two seeds give different results");

        // Fixed seed: the same kill moments on every run of the test, spread over the whole run.
        var random = new Random(8);
        int sawOld = 0, sawNew = 0;
        for (int trial = 0; trial < 8; trial++)
        {
            using var run = Start(scenario, target, seed: 2);
            Thread.Sleep(TimeSpan.FromMilliseconds(fullRun * (0.45 + (0.6 * random.NextDouble()))));
            run.Kill(entireProcessTree: true);
            run.WaitForExit();

            var now = Snapshot(target);
            bool isOld = Same(now, oldSet);
            Assert.True(isOld || Same(now, newSet), $"trial {trial}: the folder holds a mix: {string.Join(", ", now.Keys)}");
            (sawOld, sawNew) = isOld ? (sawOld + 1, sawNew) : (sawOld, sawNew + 1);
            if (!isOld)
            {
                // Back to the old set for the next trial, written the way sim writes it.
                using var restore = Start(scenario, target, seed: 1);
                restore.WaitForExit();
            }
        }

        using (var last = Start(scenario, target, seed: 2))
        {
            last.WaitForExit();
            Assert.Equal(0, last.ExitCode);
        }

        Assert.True(Same(Snapshot(target), newSet));
        var leftovers = Directory.GetFileSystemEntries(_baseline.Folder).Select(Path.GetFileName).Where(n => n!.Contains("target", StringComparison.Ordinal));
        Assert.Equal(["target"], leftovers.Order(StringComparer.Ordinal));
        Console.WriteLine($"kills: {sawOld} found the old set, {sawNew} the new one");
    }
}
