using Sim.Models.Scenarios;
using Sim.Runner.Commands;
using Spectre.Console;

namespace Sim.Runner.Tests.Commands;

public sealed class RunCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sim-run-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int ExitCode, string Output, string Error) Run(string scenario, int threads, string outputFolder, params string[] set)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), ColorSystem = ColorSystemSupport.NoColors });
        var error = new StringWriter();
        int exitCode = RunCommand.Run(scenario, replications: 3, seed: 7, threads, outputFolder, console, error, set);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Run_OneThreadAndTwoThreads_WriteByteIdenticalResultFiles()
    {
        string one = Path.Combine(_folder, "one");
        string two = Path.Combine(_folder, "two");

        Assert.Equal(0, Run(ScenarioLoader.BaselinePath, 1, one).ExitCode);
        Assert.Equal(0, Run(ScenarioLoader.BaselinePath, 2, two).ExitCode);

        foreach (string file in new[] { "kpis.csv", "kpis.json", "replications.csv" })
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(one, file));
            Assert.True(bytes.Length > 1_000, $"{file} holds the KPIs");
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(two, file)));
        }

        Assert.Equal(["kpis.csv", "kpis.json", "manifest.json", "replications.csv"], Directory.GetFiles(one).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Run_Baseline_PrintsModesAndMarketsAndWritesEveryRowToCsv()
    {
        var (exitCode, output, error) = Run(ScenarioLoader.BaselinePath, 0, _folder);

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Contains("express", output, StringComparison.Ordinal);
        Assert.Contains("BR", output, StringComparison.Ordinal);
        string[] csv = File.ReadAllLines(Path.Combine(_folder, "kpis.csv"));
        Assert.Equal("group,kpi,unit,mean,half_width_95,replications", csv[0]);
        Assert.Contains(csv, line => line.StartsWith("mode=express;market=US,delivery_days_p95,days,", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_BrokenScenario_ExitsTwoNamesTheLineAndWritesNothing()
    {
        string broken = Path.Combine(_folder, "broken.yaml");
        File.WriteAllText(broken, "name: broken\nhorizon_dayz: 3\n");
        string results = Path.Combine(_folder, "results");

        var (exitCode, output, error) = Run(broken, 1, results);

        Assert.Equal(2, exitCode);
        Assert.Contains("broken.yaml:2:", error, StringComparison.Ordinal);
        Assert.Contains("horizon_dayz", error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.False(Directory.Exists(results));
    }

    [Fact]
    public void Run_SetPathThatDoesNotExist_ExitsTwoListsTheValidPathsAndWritesNothing()
    {
        string results = Path.Combine(_folder, "results");

        var (exitCode, output, error) = Run(ScenarioLoader.BaselinePath, 1, results, "modes.postal.legs.linehaul.loss_probability=0.02", "modes.postal.legs.linehual.loss_probability=0.02");

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
        string results = Path.Combine(_folder, "results");

        var (exitCode, _, error) = Run(ScenarioLoader.BaselinePath, 1, results, "modes.postal.legs.linehaul.loss_probability");

        Assert.Equal(2, exitCode);
        Assert.Contains("PATH=VALUE", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(results));
    }

    [Fact]
    public void Run_SetLossProbability_ChangesThePostalLossRate()
    {
        string plain = Path.Combine(_folder, "plain");
        string lossy = Path.Combine(_folder, "lossy");

        Assert.Equal(0, Run(ScenarioLoader.BaselinePath, 0, plain).ExitCode);
        Assert.Equal(0, Run(ScenarioLoader.BaselinePath, 0, lossy, "modes.postal.legs.linehaul.loss_probability=0.2").ExitCode);

        static double PostalLoss(string folder) => double.Parse(
            File.ReadLines(Path.Combine(folder, "kpis.csv")).Single(l => l.StartsWith("mode=postal,loss_rate,", StringComparison.Ordinal)).Split(',')[3],
            System.Globalization.CultureInfo.InvariantCulture);

        // Baseline postal loss is about 1.5% (1% line-haul, 0.5% last mile); 20% on the line-haul cannot hide in noise.
        Assert.InRange(PostalLoss(plain), 0.005, 0.03);
        Assert.InRange(PostalLoss(lossy), 0.15, 0.25);
    }
}
