using System.Text.Json;
using Sim.Models.Scenarios;
using Sim.Runner.Commands;
using Sim.Runner.Progress;
using Spectre.Console;

namespace Sim.Runner.Tests.Commands;

public sealed class RunCommandTests : IDisposable
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

    [Fact]
    public void Run_OneThreadAndTwoThreads_WriteByteIdenticalResultFiles()
    {
        string one = Path.Combine(Folder, "one");
        string two = Path.Combine(Folder, "two");

        Assert.Equal(0, Run(_baseline.YamlPath, 1, one).ExitCode);
        Assert.Equal(0, Run(_baseline.YamlPath, 2, two).ExitCode);

        foreach (string file in new[] { "kpis.csv", "kpis.json", "replications.csv", "source.json" })
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(one, file));
            Assert.True(bytes.Length > 300, $"{file} holds data");
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(two, file)));
        }

        Assert.Equal(["charts", "kpis.csv", "kpis.json", "manifest.json", "replications.csv", "source.json"], Directory.GetFileSystemEntries(one).Select(Path.GetFileName).Order());
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
    public void Run_SetPathThatDoesNotExist_ExitsTwoListsTheValidPathsAndWritesNothing()
    {
        string results = Path.Combine(Folder, "results");

        var (exitCode, output, error) = Run(_baseline.YamlPath, 1, results, set: ["modes.postal.legs.linehaul.loss_probability=0.02", "modes.postal.legs.linehual.loss_probability=0.02"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("no item 'linehual'", error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'linehaul'", error, StringComparison.Ordinal);
        Assert.Contains("modes.postal.legs.pickup, modes.postal.legs.exchange, modes.postal.legs.export-customs, modes.postal.legs.linehaul", error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.False(Directory.Exists(results));
    }

    [Fact]
    public void Run_SetWithoutEquals_ExitsTwoAndWritesNothing()
    {
        string results = Path.Combine(Folder, "results");

        var (exitCode, _, error) = Run(_baseline.YamlPath, 1, results, set: ["modes.postal.legs.linehaul.loss_probability"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("PATH=VALUE", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(results));
    }

    [Fact]
    public void Run_SetLossProbability_ChangesThePostalLossRateAndTheManifestRecordsIt()
    {
        string plain = Path.Combine(Folder, "plain");
        string lossy = Path.Combine(Folder, "lossy");

        Assert.Equal(0, Run(_baseline.YamlPath, 0, plain, replications: 3).ExitCode);
        Assert.Equal(0, Run(_baseline.YamlPath, 0, lossy, replications: 3, set: ["modes.postal.legs.linehaul.loss_probability=0.2"]).ExitCode);

        static double PostalLoss(string folder) => double.Parse(
            File.ReadLines(Path.Combine(folder, "kpis.csv")).Single(l => l.StartsWith("mode=postal,loss_rate,", StringComparison.Ordinal)).Split(',')[3],
            System.Globalization.CultureInfo.InvariantCulture);

        // Baseline postal loss is about 1.5% (1% line-haul, 0.5% last mile); 20% on the line-haul cannot hide in noise.
        Assert.InRange(PostalLoss(plain), 0.005, 0.03);
        Assert.InRange(PostalLoss(lossy), 0.15, 0.25);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(lossy, "manifest.json")));
        Assert.Equal("modes.postal.legs.linehaul.loss_probability=0.2", manifest.RootElement.GetProperty("overrides")[0].GetString());
        Assert.Equal(7UL, manifest.RootElement.GetProperty("seed").GetUInt64());
    }

    [Fact]
    public void Run_ReplicationsCsv_HoldsEveryReportedKpiOncePerReplication()
    {
        string results = Path.Combine(Folder, "results");

        Assert.Equal(0, Run(_baseline.YamlPath, 0, results, replications: 3).ExitCode);

        var kpis = File.ReadLines(Path.Combine(results, "kpis.csv")).Skip(1).Select(l => string.Join(',', l.Split(',').Take(2)))
            .Where(k => !k.StartsWith("warehouse=all,", StringComparison.Ordinal)).ToList();
        var replications = File.ReadLines(Path.Combine(results, "replications.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(kpis.Count * 3, replications.Count);
        Assert.Equal(kpis, replications.Where(r => r[3] == "0").Select(r => $"{r[0]},{r[1]}"));
    }

    [Fact]
    public void Run_Baseline_DrawsItsChartsAsValidPngAndSvgThatTheirScriptsReRender()
    {
        string results = Path.Combine(Folder, "results");

        Assert.Equal(0, Run(_baseline.YamlPath, 0, results).ExitCode);

        string charts = Path.Combine(results, "charts");
        Assert.Equal(
            ["cost_per_parcel_by_mode_and_market", "delivery_time_cdf_by_mode", "utilisation_by_resource"],
            Directory.GetFiles(charts, "*.gp").Select(Path.GetFileNameWithoutExtension).Order());
        Charts.ImageFiles.AssertChartsReRender(charts, atLeast: 3);
        string[] cdf = File.ReadAllLines(Path.Combine(charts, "delivery_time_cdf_by_mode.csv"));
        Assert.Equal("share,postal,express,dedicated,owh,border-ru,bonded-cn,directmail-cn", cdf[0]);
        var postal = cdf.Skip(1).Select(l => double.Parse(l.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(postal.Order(), postal);
    }
}
