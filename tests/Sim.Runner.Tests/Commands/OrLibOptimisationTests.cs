using System.CommandLine;
using System.Text.Json;
using Sim.Engine.Optimisation;
using Sim.Runner.Commands;

namespace Sim.Runner.Tests.Commands;

public sealed class OrLibOptimisationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("optimise-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Invoke_MalformedFile_ExitsTwoNamingFileAndLine()
    {
        var file = Write("bad.txt", "2 1\n 10 5\n 10 x5\n 3\n 1 2\n");

        var (exit, stdout, stderr) = Run("--orlib-cflp", file);

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("bad.txt:3: fixed cost of warehouse 2", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_Infeasible_ExitsThreeWithJsonStatus()
    {
        // Demand 5 exceeds the total capacity 2 + 2.
        var file = Write("short.txt", "2 1\n 2 5\n 2 5\n 5\n 1 2\n");

        var (exit, stdout, _) = Run("--orlib-cflp", file);

        Assert.Equal(3, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("Infeasible", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("objective").ValueKind);
    }

    [Fact]
    public void Invoke_SolvableFileWithWriteLp_PrintsOneJsonObjectAndWritesTheFile()
    {
        // Warehouse 2 is cheaper to open and to serve from: open [2], cost 1 + 2 = 3.
        var file = Write("tiny.txt", "2 1\n 10 5\n 10 1\n 4\n 3 2\n");
        var lp = Path.Combine(_folder, "tiny.lp");

        var (exit, stdout, _) = Run("--orlib-cflp", file, "--write-lp", lp);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("tiny", root.GetProperty("instance").GetString());
        Assert.Equal("Optimal", root.GetProperty("status").GetString());
        Assert.Equal(3.0, root.GetProperty("objective").GetDouble(), 1e-9);
        Assert.Equal([2], root.GetProperty("openWarehouses").EnumerateArray().Select(e => e.GetInt32()));
        Assert.StartsWith("\\ Model tiny\nMinimize\n", File.ReadAllText(lp), StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_SeveralFiles_PrintsOneJsonLineEachInOrderAndTheWorstExitCode()
    {
        var tiny = Write("tiny.txt", "2 1\n 10 5\n 10 1\n 4\n 3 2\n");
        var infeasible = Write("short.txt", "2 1\n 2 5\n 2 5\n 5\n 1 2\n");

        var (exit, stdout, _) = Run("--orlib-cflp", tiny, infeasible, tiny);

        Assert.Equal(3, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        string[] statuses = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("status").GetString()!).ToArray();
        Assert.Equal(["Optimal", "Infeasible", "Optimal"], statuses);
    }

    [Fact]
    public void Invoke_SeveralFilesOneMalformed_ExitsTwoBeforeSolvingAny()
    {
        var tiny = Write("tiny.txt", "2 1\n 10 5\n 10 1\n 4\n 3 2\n");
        var bad = Write("bad.txt", "2 1\n 10 5\n");

        var (exit, stdout, stderr) = Run("--orlib-cflp", tiny, bad);

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("bad.txt", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_WriteLpWithSeveralFiles_ExitsTwo()
    {
        var tiny = Write("tiny.txt", "2 1\n 10 5\n 10 1\n 4\n 3 2\n");

        var (exit, stdout, _) = Run("--orlib-cflp", tiny, tiny, "--write-lp", Path.Combine(_folder, "x.lp"));

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.False(File.Exists(Path.Combine(_folder, "x.lp")));
    }

    [Fact]
    public void Invoke_CapacityKeywordUncapacitatedWithoutValue_SolvesWithUnlimitedCapacity()
    {
        // capa-style file: capacities are the keyword. Uncapacitated, both customers go to the
        // cheap warehouse 1: fixed 5 + costs 1 + 1 = 7.
        var file = Write("keyword.txt", "2 2\n capacity 5\n capacity 9\n 30\n 1 4\n 40\n 1 4\n");

        var (withoutFlag, _, stderr) = Run("--orlib-cflp", file);
        var (exit, stdout, _) = Run("--orlib-cflp", file, "--uncapacitated");

        Assert.Equal(2, withoutFlag);
        Assert.Contains("keyword.txt:2: capacity of warehouse 1", stderr, StringComparison.Ordinal);
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(7.0, json.RootElement.GetProperty("objective").GetDouble(), 1e-9);
    }

    [Theory]
    [InlineData(SolveStatus.Optimal, 0)]
    [InlineData(SolveStatus.FeasibleLimitReached, 0)]
    [InlineData(SolveStatus.Infeasible, 3)]
    [InlineData(SolveStatus.NoSolutionLimitReached, 3)]
    [InlineData(SolveStatus.Unbounded, 1)]
    [InlineData(SolveStatus.Error, 1)]
    public void ExitCode_EveryStatus_FollowsTheDesignTable(SolveStatus status, int expected)
    {
        Assert.Equal(expected, OrLibOptimisation.ExitCode(status));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        var root = new RootCommand { OptimiseCommand.Create() };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
        var originalError = Console.Error;
        var originalOut = Console.Out;
        Console.SetError(stderr);
        Console.SetOut(stdout);
        try
        {
            var exit = root.Parse(["optimise", .. args]).Invoke(configuration);
            return (exit, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetError(originalError);
            Console.SetOut(originalOut);
        }
    }
}
