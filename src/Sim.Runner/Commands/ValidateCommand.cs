using System.CommandLine;
using System.Globalization;
using Sim.Models.Planning.Plans;
using Sim.Models.Scenarios;

namespace Sim.Runner.Commands;

/// <summary>
/// The <c>sim validate FILE [--plan PLAN]</c> verb: loads and checks a scenario exactly as
/// <c>sim run</c> does (and, with <c>--plan</c>, a plan for it), without running it. Prints every
/// error as <c>file:line:column: field: reason</c> on stderr and exits 2, or prints warnings (stderr)
/// and a one-line summary per file (stdout) and exits 0. Writes no files.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>Builds the command with its argument and option.</summary>
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
        if (ScenarioReport.Write(ScenarioLoader.Check(path), path, "", error) is not { } scenario)
        {
            return ExitCodes.BadInput;
        }

        IReadOnlyList<ScenarioError> errors = [];
        var plan = planPath is null ? null : PlanLoader.TryLoad(planPath, scenario, out errors);
        if (planPath is not null && plan is null)
        {
            foreach (var e in errors)
            {
                error.WriteLine(e.ToString());
            }

            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{errors.Count} error(s) in {planPath}."));
            return ExitCodes.BadInput;
        }

        output.WriteLine(Summary(scenario));
        if (plan is not null)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"valid plan: {planPath}: {plan.Lanes.Count} lanes, {plan.Lanes.Sum(l => l.Shares.Count)} routes, {plan.Warehouses.Count} open warehouses"));
        }

        return ExitCodes.Success;
    }

    private static string Summary(Scenario s)
    {
        var ordersPerDay = s.DemandStreams.Sum(d => d.OrdersPerDay);
        return string.Create(CultureInfo.InvariantCulture,
            $"valid: {s.Name}: {s.Nodes.Count} nodes, {s.Markets.Count} markets, {s.Modes.Count} modes, {s.ProductClasses.Count} product classes, " +
            $"{s.Lanes.Count} lanes, {s.DemandStreams.Count} demand streams ({ordersPerDay:0.#} orders/day), {s.Warehouses.Count} warehouses; " +
            $"{s.HorizonDays:0.#} days from {s.StartDate:yyyy-MM-dd}, {s.Replications} replications, seed {s.Seed}; " +
            $"about {ScenarioFootprint.ParcelsInFlight(s):N0} parcels in flight ({ScenarioFootprint.BytesPerReplication(s) / (1 << 20):N0} MiB per replication)");
    }
}
