using System.Security.Cryptography;
using System.Text.Json;
using Sim.Models.Scenarios;
using Sim.Runner.Commands;
using Sim.Runner.Progress;
using Spectre.Console;

namespace Sim.Runner.Tests.Commands;

/// <summary>Study files that name a plan: every cell simulates under it.</summary>
public sealed partial class SweepCommandTests
{
    private static readonly string BaselinePlan = Path.Combine(Path.GetDirectoryName(ScenarioLoader.BaselinePath)!, "plans", "baseline.yaml");

    /// <summary>A study of named cells on the baseline (20 days, 2 replications, seed 11) under <paramref name="plan"/>, relative to the study file.</summary>
    private string PlannedStudy(string plan, string cells = "[{name: as-planned}, {name: lossy-postal, set: {modes.postal.legs.linehaul.loss_probability: 0.05}}]") =>
        _files.Write("planned.yaml", $"""
            name: planned
            scenario: {ScenarioLoader.BaselinePath}
            plan: {plan}
            replications: 2
            seed: 11
            set: {"{"}horizon_days: 20, warm_up_days: 3{"}"}
            cells: {cells}
            """);

    /// <summary>
    /// The cell without overrides gives the KPIs that <c>sim run --plan</c> gives for the same
    /// scenario, seed and replications (and not those of the scenario as given); the manifests of
    /// the sweep and of each cell record the plan as the study names it and its SHA-256.
    /// </summary>
    [Fact]
    public void Run_StudyNamingAPlan_EveryCellSimulatesUnderItAndTheManifestsRecordIt()
    {
        Directory.CreateDirectory(Path.Combine(_files.Folder, "plans"));
        File.Copy(BaselinePlan, Path.Combine(_files.Folder, "plans", "p.yaml"));
        string study = PlannedStudy("plans/p.yaml");
        string results = _files.NewFolder("results");

        var (exitCode, _, error) = Sweep(study, Options(results));

        Assert.True(exitCode == 0, error);
        string planned = RunBaseline(_files.NewFolder("run-planned"), BaselinePlan);
        string asGiven = RunBaseline(_files.NewFolder("run-as-given"), plan: null);
        string cell = File.ReadAllText(Path.Combine(results, "cells", "as-planned", "kpis.csv"));
        Assert.Equal(File.ReadAllText(Path.Combine(planned, "kpis.csv")), cell);
        Assert.NotEqual(File.ReadAllText(Path.Combine(asGiven, "kpis.csv")), cell);
        string hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(BaselinePlan)));
        foreach (string folder in new[] { results, Path.Combine(results, "cells", "as-planned"), Path.Combine(results, "cells", "lossy-postal") })
        {
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
            Assert.Equal("plans/p.yaml", manifest.RootElement.GetProperty("plan").GetString());
            Assert.Equal(hash, manifest.RootElement.GetProperty("plan_sha256").GetString());
        }
    }

    [Fact]
    public void Run_StudyNamingAMissingPlan_ExitsTwoNamingThePlanAndWritesNothing()
    {
        string study = PlannedStudy("plans/nowhere.yaml");
        string results = _files.NewFolder("results");

        var (exitCode, output, error) = Sweep(study, Options(results));

        Assert.Equal(2, exitCode);
        Assert.Contains(Path.Combine(_files.Folder, "plans", "nowhere.yaml"), error, StringComparison.Ordinal);
        Assert.Contains("nothing was run or written", error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.False(Directory.Exists(results));
    }

    /// <summary>A cell whose overrides make the plan invalid (postal takes nothing above 0.1 kg, and the plan sends apparel by postal) is named with the plan's field.</summary>
    [Fact]
    public void Run_PlanInvalidForOneCell_ExitsTwoNamingTheCellAndThePlanField()
    {
        File.Copy(BaselinePlan, Path.Combine(_files.Folder, "p.yaml"));
        string study = PlannedStudy("p.yaml", "[{name: ok}, {name: light-postal, set: {modes.postal.max_weight_kg: 0.1}}]");
        string results = _files.NewFolder("results");

        var (exitCode, _, error) = Sweep(study, Options(results));

        Assert.Equal(2, exitCode);
        Assert.Contains("cell light-postal (light-postal): plan p.yaml: ", error, StringComparison.Ordinal);
        Assert.Contains(".shares[postal]", error, StringComparison.Ordinal);
        Assert.DoesNotContain("cell ok", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(results));
    }

    private static string RunBaseline(string folder, string? plan)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()) });
        var request = new RunRequest(ScenarioLoader.BaselinePath, 2, 11, 2, folder, false, ["horizon_days=20", "warm_up_days=3"], plan);
        Assert.Equal(0, RunCommand.Run(request, console, new StringWriter(), ProgressReporter.Silent()));
        return folder;
    }
}
