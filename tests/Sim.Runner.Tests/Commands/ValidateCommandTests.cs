using System.CommandLine;
using Sim.Models.Scenarios;
using Sim.Runner.Commands;

namespace Sim.Runner.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sim-validate-tests", Guid.NewGuid().ToString("N"));

    public ValidateCommandTests()
    {
        // A private copy of the baseline, so that a broken variant can sit beside its tables.
        var source = Path.GetDirectoryName(ScenarioLoader.BaselinePath)!;
        Directory.CreateDirectory(Path.Combine(_folder, "tables"));
        foreach (var file in Directory.GetFiles(Path.Combine(source, "tables")))
        {
            File.Copy(file, Path.Combine(_folder, "tables", Path.GetFileName(file)));
        }

        File.Copy(ScenarioLoader.BaselinePath, Path.Combine(_folder, "baseline.yaml"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Invoke_ValidScenario_PrintsSummaryAndExitsZero()
    {
        var (exitCode, output, error) = Invoke(Path.Combine(_folder, "baseline.yaml"));

        Assert.Equal(0, exitCode);
        Assert.StartsWith("valid: baseline: ", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public void Invoke_BrokenScenario_PrintsEveryErrorOnStderrExitsTwoAndWritesNothing()
    {
        var path = Path.Combine(_folder, "broken.yaml");
        var text = File.ReadAllText(Path.Combine(_folder, "baseline.yaml"))
            .Replace("horizon_days: 60", "horizon_dayz: 60", StringComparison.Ordinal)
            .Replace("warm_up_days: 7", "warm_up_dys: 7", StringComparison.Ordinal);
        File.WriteAllText(path, text);
        var filesBefore = Directory.GetFiles(_folder, "*", SearchOption.AllDirectories).Length;

        var (exitCode, output, error) = Invoke(path);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{path}:9:1: horizon_dayz: unknown field 'horizon_dayz' in the scenario (did you mean 'horizon_days'?)", lines[0]);
        Assert.StartsWith($"{path}:10:1: warm_up_dys: unknown field", lines[1], StringComparison.Ordinal);
        Assert.Equal(filesBefore, Directory.GetFiles(_folder, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Invoke_ValidPlan_PrintsBothSummariesAndExitsZero()
    {
        var plan = Path.Combine(Path.GetDirectoryName(ScenarioLoader.BaselinePath)!, "plans", "baseline.yaml");

        var (exitCode, output, error) = Invoke(Path.Combine(_folder, "baseline.yaml"), "--plan", plan);

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("valid: baseline: ", lines[0], StringComparison.Ordinal);
        Assert.Equal($"valid plan: {plan}: 17 lanes, 27 routes, 5 open warehouses", lines[1].TrimEnd('\r'));
    }

    [Fact]
    public void Invoke_PlanWithTypo_PrintsItsLineOnStderrAndExitsTwo()
    {
        var source = Path.Combine(Path.GetDirectoryName(ScenarioLoader.BaselinePath)!, "plans", "baseline.yaml");
        var plan = Path.Combine(_folder, "plan.yaml");
        var text = File.ReadAllText(source);
        File.WriteAllText(plan, text.Replace("weekly_departures: 3", "weekly_departure: 3", StringComparison.Ordinal));
        var line = Array.FindIndex(text.Split('\n'), l => l.Contains("weekly_departures", StringComparison.Ordinal)) + 1;

        var (exitCode, output, error) = Invoke(Path.Combine(_folder, "baseline.yaml"), "--plan", plan);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.StartsWith($"{plan}:{line}:", error, StringComparison.Ordinal);
        Assert.Contains("unknown field 'weekly_departure' in 'dedicated_lines[dedicated]' (did you mean 'weekly_departures'?)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_DailyQuotaFarBelowDemand_WarnsAtItsLineAndStillExitsZero()
    {
        var path = Path.Combine(_folder, "quota.yaml");
        var text = File.ReadAllText(Path.Combine(_folder, "baseline.yaml"));
        File.WriteAllText(path, text.Replace("capacity: {daily_throughput: 20000}", "capacity: {daily_throughput: 1}", StringComparison.Ordinal));
        var line = text[..text.IndexOf("capacity: {daily_throughput: 20000}", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var (exitCode, output, error) = Invoke(path);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("valid: baseline: ", output, StringComparison.Ordinal);
        Assert.Contains($"{path}:{line}:", error, StringComparison.Ordinal);
        Assert.Contains("warning: modes[postal].legs[exchange].capacity.daily_throughput: 1 parcels/day is below the demand expected through it", error, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) Invoke(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { ValidateCommand.Create() };
        var exitCode = root.Parse(["validate", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString().Replace("\r", "", StringComparison.Ordinal));
    }
}
