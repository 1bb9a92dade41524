using System.CommandLine;
using System.Globalization;
using Sim.Models.Planning.Plans;
using Sim.Models.Scenarios;

namespace Sim.Runner.Commands;

/// <summary>
/// The <c>sim validate FILE [--plan PLAN]</c> verb: loads and checks a scenario (and, with
/// <c>--plan</c>, a plan for it) without running it. Prints every error as
/// <c>file:line:column: field: reason</c> on stderr and exits 2, or prints a one-line summary per
/// file and exits 0. Writes no files.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>Builds the command with its argument.</summary>
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario YAML file." };
        var plan = new Option<string?>("--plan") { Description = "Also check this plan.yaml against the scenario.", HelpName = "PLAN" };
        var command = new Command("validate", "Check a scenario file and its tables (and a plan for it) without running it.") { scenario, plan };
        command.SetAction(parseResult => Run(parseResult.GetValue(scenario)!, parseResult.GetValue(plan), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Validates <paramref name="path"/> (and <paramref name="planPath"/> when given), writing the summaries or the errors.</summary>
    /// <returns>0 when valid, 2 when not.</returns>
    internal static int Run(string path, string? planPath, TextWriter output, TextWriter error)
    {
        var loaded = ScenarioLoader.TryLoad(path, out var errors);
        if (loaded is null)
        {
            return Report(errors, path, error);
        }

        var plan = planPath is null ? null : PlanLoader.TryLoad(planPath, loaded, out errors);
        if (planPath is not null && plan is null)
        {
            return Report(errors, planPath, error);
        }

        output.WriteLine(Summary(loaded));
        if (plan is not null)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"valid plan: {planPath}: {plan.Lanes.Count} lanes, {plan.Lanes.Sum(l => l.Shares.Count)} routes, {plan.Warehouses.Count} open warehouses"));
        }

        return 0;
    }

    private static int Report(IReadOnlyList<ScenarioError> errors, string path, TextWriter error)
    {
        foreach (var e in errors)
        {
            error.WriteLine(e.ToString());
        }

        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{errors.Count} error(s) in {path}"));
        return 2;
    }

    private static string Summary(Scenario s)
    {
        var ordersPerDay = s.DemandStreams.Sum(d => d.OrdersPerDay);
        return string.Create(CultureInfo.InvariantCulture,
            $"valid: {s.Name}: {s.Nodes.Count} nodes, {s.Markets.Count} markets, {s.Modes.Count} modes, {s.ProductClasses.Count} product classes, " +
            $"{s.Lanes.Count} lanes, {s.DemandStreams.Count} demand streams ({ordersPerDay:0.#} orders/day), {s.Warehouses.Count} warehouses; " +
            $"{s.HorizonDays:0.#} days from {s.StartDate:yyyy-MM-dd}, {s.Replications} replications, seed {s.Seed}");
    }
}
