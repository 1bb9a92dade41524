using Sim.Runner.Cli;
using Spectre.Console;

if (Console.IsOutputRedirected)
{
    // Logs and pipes get plain text at a width the KPI tables fit in, not 80 columns of escapes.
    AnsiConsole.Profile.Width = 200;
    AnsiConsole.Profile.Capabilities.ColorSystem = ColorSystem.NoColors;
    AnsiConsole.Profile.Capabilities.Ansi = false;
}

return SimCommandLine.Run(args, Console.Out, Console.Error);
