using System.Diagnostics;

namespace Sim.Runner.Tests.Pinned;

/// <summary>
/// The result files a user gets from the built-in examples, pinned byte for byte: the baseline run, the
/// baseline under the example plan, a sweep of every example study and the planning example with a
/// three-plan frontier, each run by the real <c>sim</c> program from the repository root exactly as the
/// README shows (only <c>-o</c> added, and <c>-t 2</c> for <c>optimise</c> so that CBC's branch and bound
/// does not depend on the machine's cores). Every file they write is compared with
/// <c>tests/data/pinned/results.sha256</c>, except <c>manifest.json</c> (times, command line) and the
/// PNG/SVG renderings (gnuplot's bytes); <c>source.json</c> is hashed without its <c>full_path</c> (where
/// the repository is). No data file of these commands holds a wall-clock time. Nothing is shrunk: the
/// whole set takes about a minute on two quiet cores. <c>scripts/pin-results.sh</c> rewrites the pins
/// when a change of results is intended.
/// </summary>
public sealed class PinnedResultsTests : IDisposable
{
    /// <summary>Set to <c>write</c> (by <c>scripts/pin-results.sh</c>) to rewrite the pin file instead of comparing.</summary>
    private const string WriteVariable = "SIM_PIN_RESULTS";

    private readonly string _folder = Directory.CreateTempSubdirectory("sim-pinned-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ExampleResults_EveryDataFile_MatchesItsPinnedHash()
    {
        foreach (var (name, arguments) in Commands())
        {
            Sim(arguments.Append("-o").Append(Path.Combine(_folder, name)).Append("-q").ToArray());
        }

        var actual = ResultFileHashes.Of(_folder);
        string pinFile = Path.Combine(RepositoryScripts.Root, "tests", "data", "pinned", "results.sha256");
        if (Environment.GetEnvironmentVariable(WriteVariable) == "write")
        {
            ResultFileHashes.Write(pinFile, actual);
            return;
        }

        var changes = ResultFileHashes.Differences(ResultFileHashes.Read(pinFile), actual);
        Assert.True(changes.Count == 0, $"""
            {changes.Count} result file(s) differ from {pinFile}:
            {string.Join('\n', changes)}
            If (and only if) the change of results is intended, run scripts/pin-results.sh and say why in the commit.
            """);
    }

    private static IEnumerable<(string Name, string[] Arguments)> Commands()
    {
        yield return ("run-baseline", ["run"]);
        yield return ("run-baseline-plan", ["run", "scenarios/baseline.yaml", "--plan", "scenarios/plans/baseline.yaml"]);
        foreach (string study in Directory.GetFiles(Path.Combine(RepositoryScripts.Root, "scenarios", "studies"), "*.yaml").Order(StringComparer.Ordinal))
        {
            string file = Path.GetFileName(study);
            yield return ($"sweep-{Path.GetFileNameWithoutExtension(file)}", ["sweep", $"scenarios/studies/{file}"]);
        }

        yield return ("optimise-baseline", ["optimise", "scenarios/baseline.yaml", "--pareto", "3", "-t", "2"]);
    }

    private static void Sim(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryScripts.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sim.dll"));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"sim {string.Join(' ', arguments)} exited {process.ExitCode}:\n{error}\n{output.Result}");
    }
}
