using System.CommandLine;
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
    SweepCommand.Create(),
    MergeCommand.Create(),
    CompareCommand.Create(),
};
return root.Parse(args).Invoke();
