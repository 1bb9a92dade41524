using System.Globalization;
using Sim.Models.Scenarios;
using Sim.Runner.Commands;
using Spectre.Console;

namespace Sim.Runner.Tests.Commands;

public sealed class CompareCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sim-compare-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int ExitCode, string Output, string Error) Compare(string a, string b, string output)
    {
        var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(text), ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 200;
        var error = new StringWriter();
        return (CompareCommand.Run(a, b, output, console, error), text.ToString(), error.ToString());
    }

    private string RunBaseline(string name, params string[] set)
    {
        string folder = Path.Combine(_folder, name);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()) });
        var request = new RunRequest(ScenarioLoader.BaselinePath, 4, 5, 2, folder, Force: false, ["horizon_days=20", .. set]);
        Assert.Equal(0, RunCommand.Run(request, console, new StringWriter(), Sim.Runner.Progress.ProgressReporter.Silent()));
        return folder;
    }

    private static List<string[]> Rows(string csv) => [.. File.ReadAllLines(csv).Skip(1).Select(l => l.Split(','))];

    [Fact]
    public void Run_ScenarioWithItself_EveryDifferenceIsZeroWithZeroWidth()
    {
        string a = RunBaseline("a");
        string b = RunBaseline("b");
        string output = Path.Combine(_folder, "cmp");

        var (exitCode, text, _) = Compare(a, b, output);

        Assert.Equal(0, exitCode);
        var rows = Rows(Path.Combine(output, "comparison.csv"));
        Assert.True(rows.Count > 1000, $"{rows.Count} rows");
        // Columns: group, kpi, unit, pairs, mean_reference, mean, difference, paired, unpaired, reduction, significant.
        Assert.All(rows.Where(r => r[6].Length > 0), r => Assert.Equal("0", r[6]));
        Assert.All(rows.Where(r => r[7].Length > 0), r => Assert.Equal("0", r[7]));
        Assert.Contains(rows, r => r[0] == "all" && r[1] == "cost_per_parcel" && double.Parse(r[8], CultureInfo.InvariantCulture) > 0);
        Assert.Contains("cost_per_parcel", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DeMinimisKept_DutiesFallWithANarrowerPairedInterval()
    {
        string today = RunBaseline("today");
        string kept = RunBaseline("kept", "markets.US.duty_regimes[1].de_minimis=800");
        string output = Path.Combine(_folder, "cmp");

        Assert.Equal(0, Compare(today, kept, output).ExitCode);

        var duty = Rows(Path.Combine(output, "comparison.csv")).Single(r => r[0] == "market=US" && r[1] == "cost_duties_taxes_per_parcel");
        double difference = double.Parse(duty[6], CultureInfo.InvariantCulture);
        double paired = double.Parse(duty[7], CultureInfo.InvariantCulture);
        double unpaired = double.Parse(duty[8], CultureInfo.InvariantCulture);
        Assert.True(difference < 0 && -difference > paired, $"difference {difference} +- {paired}");
        Assert.True(paired < unpaired, $"paired {paired}, unpaired {unpaired}");
        Assert.Equal("true", duty[10]);
    }

    [Fact]
    public void Run_NotAResultFolder_ExitsTwoAndWritesNothing()
    {
        string output = Path.Combine(_folder, "cmp");

        var (exitCode, _, error) = Compare(_folder, _folder, output);

        Assert.Equal(2, exitCode);
        Assert.Contains("manifest.json", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }
}
