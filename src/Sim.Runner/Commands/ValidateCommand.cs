using System.CommandLine;
using System.Globalization;
using Sim.Models.Scenarios;

namespace Sim.Runner.Commands;

/// <summary>
/// The <c>sim validate FILE</c> verb: loads and checks a scenario exactly as <c>sim run</c> does,
/// without running it. Prints every error as <c>file:line:column: field: reason</c> on stderr and
/// exits 2, or prints warnings (stderr) and a one-line summary (stdout) and exits 0. Writes no files.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>Builds the command with its argument.</summary>
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario YAML file." };
        var command = new Command("validate", "Check a scenario file and its tables without running it.") { scenario };
        command.SetAction(parseResult => Run(parseResult.GetValue(scenario)!, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Validates <paramref name="path"/>, writing the summary or the errors.</summary>
    /// <returns>0 when valid, 2 when not.</returns>
    internal static int Run(string path, TextWriter output, TextWriter error)
    {
        if (ScenarioReport.Write(ScenarioLoader.Check(path), path, "", error) is not { } scenario)
        {
            return ExitCodes.BadInput;
        }

        output.WriteLine(Summary(scenario));
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
