using System.Diagnostics;

namespace Sim.Runner.Tests;

/// <summary>Runs the repository's scripts (the ones ./test.sh calls) from tests that need what they install or start.</summary>
internal static class RepositoryScripts
{
    /// <summary>The repository's root: the first folder above the test binaries holding Simulation.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Runs <c>bash SCRIPT ARGS</c> from the repository root; fails the test with the script's output when it fails.</summary>
    public static string Run(string script, params string[] arguments) => Run(script, new Dictionary<string, string>(), arguments);

    /// <summary>Runs <c>bash SCRIPT ARGS</c> from the repository root with extra environment variables; returns its standard output.</summary>
    public static string Run(string script, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(Root, script));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(10)), $"{script} did not finish within 10 minutes");
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{script} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{output.Result}\n{error.Result}");
        return output.Result;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Simulation.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no Simulation.sln above {AppContext.BaseDirectory}");
    }
}
