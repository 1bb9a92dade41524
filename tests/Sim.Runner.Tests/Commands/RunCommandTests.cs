using System.Text.Json;
using Sim.Models.Scenarios;
using Sim.Runner.Commands;
using Sim.Runner.Progress;
using Spectre.Console;

namespace Sim.Runner.Tests.Commands;

public sealed partial class RunCommandTests : IDisposable
{
    private readonly BaselineCopy _baseline = new();

    private string Folder => _baseline.Folder;

    public void Dispose() => _baseline.Dispose();

    internal static (int ExitCode, string Output, string Error) Run(string? scenario, int threads, string? outputFolder, bool force = false, int replications = 2, params string[] set)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 200;
        var error = new StringWriter();
        var request = new RunRequest(scenario, replications, 7, threads, outputFolder, force, set);
        int exitCode = RunCommand.Run(request, console, error, ProgressReporter.Silent());
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs <paramref name="scenario"/> under <paramref name="plan"/> (two replications, seed 7) into <paramref name="outputFolder"/>.</summary>
    internal static int RunWithPlan(string scenario, string plan, string outputFolder)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()), ColorSystem = ColorSystemSupport.NoColors });
        return RunCommand.Run(new RunRequest(scenario, 2, 7, 2, outputFolder, false, Plan: plan), console, new StringWriter(), ProgressReporter.Silent());
    }

    [Fact]
    public void Run_ExamplePlan_SimulatesUnderIt()
    {
        string plan = Path.Combine(Path.GetDirectoryName(ScenarioLoader.BaselinePath)!, "plans", "baseline.yaml");
        string results = Path.Combine(Folder, "planned");

        Assert.Equal(0, RunWithPlan(_baseline.YamlPath, plan, results));

        // The example plan sends half of GB electronics by express; the scenario, rule-based, never does.
        string[] csv = File.ReadAllLines(Path.Combine(results, "kpis.csv"));
        Assert.Contains(csv, line => line.StartsWith("mode=express;market=GB,orders,", StringComparison.Ordinal));
        Assert.Contains("plans/baseline.yaml", File.ReadAllText(Path.Combine(results, "source.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PlanWithATypo_ExitsTwoNamingItsLineAndWritesNothing()
    {
        string plan = Path.Combine(Folder, "typo.yaml");
        File.WriteAllText(plan, File.ReadAllText(Path.Combine(Path.GetDirectoryName(ScenarioLoader.BaselinePath)!, "plans", "baseline.yaml")).Replace("replenishment_mode: sea-us", "replenishment_mod: sea-us", StringComparison.Ordinal));
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()) });

        int exit = RunCommand.Run(new RunRequest(_baseline.YamlPath, 1, 7, 1, Path.Combine(Folder, "out"), false, Plan: plan), console, error, ProgressReporter.Silent());

        Assert.Equal(2, exit);
        Assert.Contains("typo.yaml:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("did you mean 'replenishment_mode'?", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Folder, "out")));
    }

    [Fact]
    public void Run_OneThreadAndTwoThreads_WriteByteIdenticalResultFiles()
    {
        string one = Path.Combine(Folder, "one");
        string two = Path.Combine(Folder, "two");

        Assert.Equal(0, Run(_baseline.YamlPath, 1, one).ExitCode);
        Assert.Equal(0, Run(_baseline.YamlPath, 2, two).ExitCode);

        foreach (string file in new[] { "kpis.csv", "kpis.json", "replications.csv", "delivery_time_histogram.csv", "source.json" })
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(one, file));
            Assert.True(bytes.Length > 300, $"{file} holds data");
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(two, file)));
        }

        Assert.Equal(["charts", "delivery_time_histogram.csv", "kpis.csv", "kpis.json", "manifest.json", "replications.csv", "source.json"], Directory.GetFileSystemEntries(one).Select(Path.GetFileName).Order());
        foreach (string chart in Directory.GetFiles(Path.Combine(one, "charts")))
        {
            Assert.Equal(File.ReadAllBytes(chart), File.ReadAllBytes(Path.Combine(two, "charts", Path.GetFileName(chart))));
        }
    }

    [Fact]
    public void Run_Baseline_LeavesOutGroupsWithoutOrdersInCsvJsonAndConsole()
    {
        string results = Path.Combine(Folder, "results");

        var (exitCode, output, error) = Run(_baseline.YamlPath, 0, results);

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        string[] csv = File.ReadAllLines(Path.Combine(results, "kpis.csv"));
        Assert.Equal("group,kpi,unit,mean,half_width_95,replications", csv[0]);
        Assert.Contains(csv, line => line.StartsWith("mode=express;market=US,delivery_days_p95,days,", StringComparison.Ordinal));
        Assert.DoesNotContain(csv, line => line.StartsWith("mode=express;market=GB,", StringComparison.Ordinal));
        Assert.DoesNotContain("mode=express;market=GB", File.ReadAllText(Path.Combine(results, "kpis.json")), StringComparison.Ordinal);
        Assert.Contains("│ express       │ US", output, StringComparison.Ordinal);
        Assert.DoesNotContain("│ express       │ GB", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Baseline_ConsoleShowsHalfWidthsAndAnAllRowPerTable()
    {
        var (exitCode, output, _) = Run(_baseline.YamlPath, 0, Path.Combine(Folder, "results"));

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n');
        var allRows = lines.Where(l => l.StartsWith("│ all ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, allRows.Count);
        Assert.All(allRows, row => Assert.Contains(" ± ", row, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("│ postal ", StringComparison.Ordinal) && l.Contains(" ± ", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_KpisJson_HasRoundedNumbersNullsForNoDataAndTheScenarioPathAsGiven()
    {
        string results = Path.Combine(Folder, "results");
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, _baseline.YamlPath);

        Assert.Equal(0, Run(relative, 0, results).ExitCode);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(results, "kpis.json")));
        var root = json.RootElement;
        Assert.Equal(relative, root.GetProperty("scenario_file").GetString());
        Assert.Equal(64, root.GetProperty("scenario_sha256").GetString()!.Length);
        var values = root.GetProperty("kpis").EnumerateArray().SelectMany(k => new[] { k.GetProperty("mean"), k.GetProperty("half_width") }).ToList();
        Assert.All(values, v => Assert.True(v.ValueKind is JsonValueKind.Number or JsonValueKind.Null, $"{v.ValueKind}"));
        Assert.Contains(values, v => v.ValueKind == JsonValueKind.Null);
        var numbers = values.Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetRawText()).ToList();
        Assert.All(numbers, text => Assert.True(text.TrimStart('-').Replace(".", "", StringComparison.Ordinal).TrimStart('0').Length <= 6 || text.Contains('E', StringComparison.Ordinal), text));
    }

    [Fact]
    public void Run_BuiltInBaseline_RecordsTheRepositoryPathNotTheCopyUnderBin()
    {
        string results = Path.Combine(Folder, "results");

        Assert.Equal(0, Run(null, 0, results).ExitCode);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(results, "kpis.json")));
        Assert.Equal("scenarios/baseline.yaml", json.RootElement.GetProperty("scenario_file").GetString());
    }

    [Fact]
    public void Run_BrokenScenario_ExitsTwoNamesTheLineAndWritesNothing()
    {
        string broken = Path.Combine(Folder, "broken.yaml");
        File.WriteAllText(broken, "name: broken\nhorizon_dayz: 3\n");
        string results = Path.Combine(Folder, "results");

        var (exitCode, output, error) = Run(broken, 1, results);

        Assert.Equal(2, exitCode);
        Assert.Contains("broken.yaml:2:", error, StringComparison.Ordinal);
        Assert.Contains("horizon_dayz", error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.False(Directory.Exists(results));
    }

    [Theory]
    [InlineData("file")]
    [InlineData("under-file")]
    [InlineData("proc")]
    public void Run_UnwritableOutputFolder_ExitsTwoBeforeSimulatingAndWritesNothing(string kind)
    {
        string file = Path.Combine(Folder, "a-file");
        File.WriteAllText(file, "x");
        string output = kind switch
        {
            "file" => file,
            "under-file" => Path.Combine(file, "results"),
            _ => "/proc/sim-results",
        };
        var before = Directory.GetFileSystemEntries(Folder, "*", SearchOption.AllDirectories).Order().ToList();

        var (exitCode, stdout, error) = Run(_baseline.YamlPath, 1, output);

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        Assert.Contains(output, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFileSystemEntries(Folder, "*", SearchOption.AllDirectories).Order().ToList());
    }

    [Fact]
    public void Run_FolderOfAnotherScenario_ExitsTwoWithoutForceAndReplacesWithForce()
    {
        string results = Path.Combine(Folder, "results");
        string other = _baseline.Variant("other.yaml", "horizon_days: 60", "horizon_days: 30");
        Assert.Equal(0, Run(_baseline.YamlPath, 1, results).ExitCode);
        byte[] first = File.ReadAllBytes(Path.Combine(results, "kpis.json"));

        var refused = Run(other, 1, results);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(results, "kpis.json")));

        Assert.Equal(0, Run(other, 1, results, force: true).ExitCode);
        Assert.Contains("other.yaml", File.ReadAllText(Path.Combine(results, "kpis.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SameFileEdited_ReplacesItsResultsWithoutForce()
    {
        string results = Path.Combine(Folder, "results");
        Assert.Equal(0, Run(_baseline.YamlPath, 1, results).ExitCode);
        File.WriteAllText(_baseline.YamlPath, File.ReadAllText(_baseline.YamlPath).Replace("horizon_days: 60", "horizon_days: 30", StringComparison.Ordinal));

        Assert.Equal(0, Run(_baseline.YamlPath, 1, results).ExitCode);
    }

    [Fact]
    public void Run_FolderWithOtherFiles_IsNeverReplacedEvenWithForce()
    {
        string results = Path.Combine(Folder, "mine");
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, "notes.txt"), "keep me");

        var (exitCode, _, error) = Run(_baseline.YamlPath, 1, results, force: true);

        Assert.Equal(2, exitCode);
        Assert.Contains("not a sim result set", error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(results).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("scenarios/copy.yaml", "results/copy")]
    [InlineData("/x/baseline.yml", "results/baseline")]
    [InlineData("/x/...yaml", null)]
    [InlineData("/x/.yaml", null)]
    public void DefaultFolder_ScenarioFileName_IsResultsAndTheFileStem(string scenario, string? folder) =>
        Assert.Equal(folder, RunCommand.DefaultFolder(scenario));

    [Fact]
    public void Run_CloggedPostalExchange_WarnsOfOrdersInFlightOnStderrAndInKpisJson()
    {
        // The postal exchange passes 10 untracked parcels a day instead of 20,000: about half of the
        // postal orders are still waiting a year after the horizon.
        string clogged = _baseline.Variant("clogged.yaml", "capacity: {daily_throughput: 20000}", "capacity: {daily_throughput: 10}");
        string results = Path.Combine(Folder, "clogged");

        var (exitCode, _, error) = Run(clogged, 0, results);

        Assert.Equal(0, exitCode);
        Assert.Contains("sim run: warning: mode=postal;market=US: ", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(results, "kpis.json")));
        var warnings = json.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Equal(5, warnings.Count);
        Assert.All(warnings, w => Assert.StartsWith("mode=postal;market=", w, StringComparison.Ordinal));
        Assert.Contains(File.ReadAllLines(Path.Combine(results, "kpis.csv")), line => line.StartsWith("mode=postal,in_flight_at_end,count,", StringComparison.Ordinal) && !line.StartsWith("mode=postal,in_flight_at_end,count,0,", StringComparison.Ordinal));
    }
}
