using System.CommandLine;
using Sim.Runner;
using Sim.Runner.Commands;
using Spectre.Console;

if (Console.IsOutputRedirected)
{
    // Logs and pipes get plain text at a width the KPI tables fit in, not 80 columns of escapes.
    AnsiConsole.Profile.Width = 160;
    AnsiConsole.Profile.Capabilities.ColorSystem = ColorSystem.NoColors;
    AnsiConsole.Profile.Capabilities.Ansi = false;
}

var root = new RootCommand("sim: discrete-event simulation and optimisation of cross-border parcel logistics")
{
    RunCommand.Create(),
    DemoCommand.Create(),
    ValidateCommand.Create(),
    OptimiseCommand.Create(),
    StockPolicyCommand.Create(),
    GenerateCommand.Create(),
};
var parseResult = root.Parse(args);
var exitCode = parseResult.Invoke();

// System.CommandLine reports an unparsable, missing or unknown argument (after printing it) with
// exit code 1; for sim that is bad input, like any other.
return parseResult.Errors.Count > 0 ? ExitCodes.BadInput : exitCode;
