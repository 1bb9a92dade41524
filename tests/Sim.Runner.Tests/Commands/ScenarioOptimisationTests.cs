using Sim.Models.Planning.Plans;
using Sim.Models.Scenarios;
using Sim.Runner.Commands;
using Sim.Runner.Progress;
using Spectre.Console;

namespace Sim.Runner.Tests.Commands;

public sealed class ScenarioOptimisationTests : IDisposable
{
    private readonly BaselineCopy _baseline = new();

    public void Dispose() => _baseline.Dispose();

    /// <summary>The baseline over 25 days (7 of warm-up): enough orders for every lane, quick to simulate.</summary>
    private string Short => _baseline.Variant("short.yaml", "horizon_days: 60", "horizon_days: 25");

    private static (int ExitCode, string Output, string Error) Run(OptimiseRequest request)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 250;
        var error = new StringWriter();
        int exit = ScenarioOptimisation.Run(request, console, error, ProgressReporter.Silent());
        return (exit, output.ToString(), error.ToString());
    }

    private static OptimiseRequest Request(string scenario, string folder, int? pareto = null, int? loop = null, int threads = 2) =>
        new(scenario, [], null, false, null, null, threads, null, false, pareto, loop, Replications: 2, Seed: 5, Output: folder);

    [Fact]
    public void Run_Baseline_WritesAPlanThatRunsBackAndTheComparison()
    {
        string folder = Path.Combine(_baseline.Folder, "plan");

        var (exit, output, error) = Run(Request(Short, folder));

        Assert.Equal(0, exit);
        Assert.Equal(["comparison.csv", "kpis-scenario.csv", "kpis.csv", "manifest.json", "plan.csv", "plan.yaml", "solve.json", "source.json", "stock.csv"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        var scenario = ScenarioLoader.Load(Short);
        Assert.NotNull(PlanLoader.Load(Path.Combine(folder, "plan.yaml"), scenario));
        Assert.Contains("plan optimal", output, StringComparison.Ordinal);
        Assert.Contains("│ BR ", output, StringComparison.Ordinal);
        var comparison = File.ReadAllLines(Path.Combine(folder, "comparison.csv"));
        Assert.Equal("group,measure,target,required,scenario,scenario_half_width,planned,simulated,simulated_half_width,verdict", comparison[0]);
        var rows = comparison.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["all", "market=US", "market=DE", "market=GB", "market=BR", "market=RU", "market=CN"], rows.Where(r => r[1] == "cost_per_parcel").Select(r => r[0]));
        Assert.Equal(["orders_per_day", "cost_per_parcel", "delivery_days_mean", "on_time_rate", "share_within_25_days"], rows.Where(r => r[0] == "market=BR").Select(r => r[1]));

        // Each service level: its target, what the plan had to reach (the target: no loop), the scenario
        // and the plan simulated, the expectation between them, and the verdict.
        var levels = rows.Where(r => r[9].Length > 0).ToList();
        Assert.Equal(["market=US share_within_15_days", "market=US;product=electronics share_within_10_days", "market=DE share_within_15_days", "market=GB share_within_15_days",
            "market=BR share_within_25_days", "market=RU share_within_20_days", "market=CN share_within_10_days"], levels.Select(r => r[0] + " " + r[1]));
        var brazil = levels.Single(r => r[0] == "market=BR");
        Assert.Equal(["0.75", "0.75"], brazil[2..4]);
        Assert.All(new[] { brazil[4], brazil[6], brazil[7], brazil[8] }, v => Assert.InRange(double.Parse(v, System.Globalization.CultureInfo.InvariantCulture), 0.001, 1));
        Assert.Contains("Service levels", output, StringComparison.Ordinal);
        Assert.DoesNotContain("error", error, StringComparison.OrdinalIgnoreCase);

        var run = RunCommandTests.RunWithPlan(Short, Path.Combine(folder, "plan.yaml"), Path.Combine(_baseline.Folder, "rerun"));
        Assert.Equal(0, run);
    }

    [Fact]
    public void Run_ParetoAndLoop_FrontierPlansAndRounds()
    {
        string folder = Path.Combine(_baseline.Folder, "frontier");

        var (exit, output, error) = Run(Request(Short, folder, pareto: 3, loop: 2));

        var frontier = File.ReadAllLines(Path.Combine(folder, "frontier.csv"));
        Assert.StartsWith("plan,plan_file,max_mean_days,planned_cost_per_parcel,planned_delivery_days_mean,planned_on_time_rate,simulated_cost_per_parcel,simulated_cost_per_parcel_half_width,simulated_delivery_days_mean,", frontier[0], StringComparison.Ordinal);
        Assert.Equal(4, frontier.Length);
        Assert.All(Enumerable.Range(1, 3), i => Assert.True(File.Exists(Path.Combine(folder, "frontier", $"plan-{i}.yaml"))));

        // Cheapest first: planned mean days fall and planned cost rises along the frontier.
        var planned = frontier.Skip(1).Select(l => l.Split(',')).Select(c => (Cost: double.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture), Days: double.Parse(c[4], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.True(planned[2].Days < planned[0].Days);
        Assert.True(planned[2].Cost >= planned[0].Cost);
        var rounds = File.ReadAllLines(Path.Combine(folder, "rounds.csv"));
        Assert.Equal("round,changes,what_changed,status,objective,gap,group,measure,target,required,planned,simulated,simulated_half_width,verdict", rounds[0]);
        Assert.StartsWith("1,1,first plan,Optimal,", rounds[1], StringComparison.Ordinal);
        Assert.InRange(rounds.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count(), 1, 2);
        Assert.Contains(rounds, l => l.StartsWith("1,1,first plan,Optimal,", StringComparison.Ordinal) && l.Contains(",market=GB,share_within_15_days,0.9,0.9,", StringComparison.Ordinal));

        // Exit 3, with the results written, when the loop's plan falls short of a service level in simulation.
        string last = rounds[^1].Split(',')[0];
        bool unmet = rounds.Skip(1).Any(l => l.Split(',')[0] == last && (l.EndsWith(",short", StringComparison.Ordinal) || l.EndsWith(",cannot", StringComparison.Ordinal)));
        Assert.Equal(unmet ? 3 : 0, exit);
        Assert.Equal(unmet, error.Contains("does not meet every service level in simulation", StringComparison.Ordinal));
        Assert.Contains("loop: ", output, StringComparison.Ordinal);

        // The frontier chart, as runs draw theirs: its data (a row per plan), script, PNG and SVG, which the script re-renders.
        string charts = Path.Combine(folder, "charts");
        Assert.Equal(["cost_delay_frontier.csv", "cost_delay_frontier.gp", "cost_delay_frontier.png", "cost_delay_frontier.svg"], Directory.GetFiles(charts).Select(Path.GetFileName).Order());
        var data = File.ReadAllLines(Path.Combine(charts, "cost_delay_frontier.csv"));
        Assert.Equal(4, data.Length);
        Assert.Equal(Enumerable.Range(1, 3).Select(i => frontier[i].Split(',')[0]), data.Skip(1).Select(l => l.Split(',')[0]));
        Charts.ImageFiles.AssertChartsReRender(charts, atLeast: 1);

        // sim report reads the folder (manifest of kind optimise) and inlines the frontier.
        Assert.Equal(0, ReportCommand.Run(folder, new StringWriter(), new StringWriter()));
        string report = File.ReadAllText(Path.Combine(folder, ReportCommand.FileName));
        Assert.Contains("Plan for ", report, StringComparison.Ordinal);
        Assert.Contains("Cost-delay frontier: 3 plans", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ServiceLevelNoPlanMeets_ExitsThreeNamingTheMarketAndWritesNothing()
    {
        string scenario = _baseline.Variant("strict.yaml", "- {market: BR, share: 0.75, within_days: 25}", "- {market: BR, share: 1, within_days: 25}");
        string folder = Path.Combine(_baseline.Folder, "strict");

        var (exit, output, error) = Run(Request(scenario, folder));

        Assert.Equal(3, exit);
        Assert.Empty(output);
        Assert.Contains("market BR: a share of 1 delivered within 25 days cannot be met; the best a plan reaches is 0.99", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Run_OneThreadAndTwoThreads_SameFiles()
    {
        string one = Path.Combine(_baseline.Folder, "one");
        string two = Path.Combine(_baseline.Folder, "two");

        Assert.Equal(0, Run(Request(Short, one, threads: 1)).ExitCode);
        Assert.Equal(0, Run(Request(Short, two, threads: 2)).ExitCode);

        foreach (string file in new[] { "plan.yaml", "plan.csv", "kpis.csv", "comparison.csv", "stock.csv", "solve.json" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(one, file)), File.ReadAllBytes(Path.Combine(two, file)));
        }
    }
}
