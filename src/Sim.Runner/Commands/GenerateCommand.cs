using System.CommandLine;
using Sim.Models.Scenarios.Generation;
using Sim.Runner.Output;

namespace Sim.Runner.Commands;

/// <summary>
/// The <c>sim generate</c> verb: writes a generated scenario of the given size (its YAML and CSV
/// tables) into a folder, each file atomically. Bad sizes print a message naming the option and exit
/// 2 with nothing written. The same options give byte-identical files.
/// </summary>
internal static class GenerateCommand
{
    /// <summary>Builds the command with its options.</summary>
    public static Command Create()
    {
        var markets = new Option<int>("--markets") { Description = $"Destination markets, 1 to {GeneratorOptions.MaxMarkets}.", Required = true, HelpName = "M" };
        var classes = new Option<int>("--classes") { Description = $"Product classes, 1 to {GeneratorOptions.MaxClasses}.", Required = true, HelpName = "C" };
        var modes = new Option<int>("--modes")
        {
            Description = "Business modes, 1 to 7: the first K of postal, express, dedicated line, overseas warehouse, border warehouse, direct mail, bonded import.",
            DefaultValueFactory = _ => GeneratorOptions.MaxModes,
            HelpName = "K",
        };
        var warehouses = new Option<int>("--warehouses")
        {
            Description = "Warehouses, one per (warehouse mode, market), spread over the markets first; at most markets × warehouse modes.",
            DefaultValueFactory = _ => 0,
            HelpName = "W",
        };
        var seed = new Option<ulong>("--seed") { Description = "Seed of every random choice.", DefaultValueFactory = _ => 1, HelpName = "N" };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write scenario.yaml and tables/*.csv into.", Required = true, HelpName = "DIR" };
        var command = new Command("generate", "Write a generated scenario (YAML and CSV tables) of the given size, valid for sim validate and sim run.")
        {
            markets, classes, modes, warehouses, seed, output,
        };
        command.SetAction(parseResult => Run(
            new GeneratorOptions
            {
                Markets = parseResult.GetValue(markets),
                Classes = parseResult.GetValue(classes),
                Modes = parseResult.GetValue(modes),
                Warehouses = parseResult.GetValue(warehouses),
                Seed = parseResult.GetValue(seed),
            },
            parseResult.GetValue(output)!,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Generates the scenario and writes it into <paramref name="folder"/>.</summary>
    /// <returns>0 when written, 2 when an option is refused (nothing written).</returns>
    internal static int Run(GeneratorOptions options, string folder, TextWriter output, TextWriter error)
    {
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            foreach (var (option, reason) in problems)
            {
                error.WriteLine($"sim generate: --{option.ToLowerInvariant()}: {reason}");
            }

            return ExitCodes.BadInput;
        }

        var scenario = ScenarioGenerator.Generate(options);
        foreach (var file in scenario.Files)
        {
            AtomicFile.WriteAllText(Path.Combine(folder, file.Path), file.Content);
        }

        output.WriteLine(
            $"generated {scenario.Name}: {Path.Combine(folder, GeneratedScenario.YamlFile)} with {options.Markets} markets, {options.Classes} product classes, " +
            $"{options.Modes} business modes, {options.Warehouses} warehouses, {scenario.DemandStreams} demand streams");
        return ExitCodes.Success;
    }
}
