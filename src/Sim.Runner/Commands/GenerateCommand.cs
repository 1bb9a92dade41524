using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sim.Models.Scenarios.Generation;
using Sim.Runner.Output;

namespace Sim.Runner.Commands;

/// <summary>
/// The <c>sim generate</c> verb: writes a generated scenario of the given size (its YAML and CSV
/// tables) into a folder, which it replaces as a whole (a <see cref="ResultSet"/>, marked with its
/// <c>source.json</c>): a new or empty folder, or one <c>sim generate</c> wrote before; never a
/// folder holding anything else. Bad sizes or an unusable folder print a message naming the option
/// and exit 2 with nothing written. The same options give byte-identical files.
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
        var output = new Option<string>("--out", "-o") { Description = "New or empty folder (or one generated before, which is replaced as a whole) for scenario.yaml and tables/*.csv.", Required = true, HelpName = "DIR" };
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
    /// <returns>0 when written, 2 when an option or the folder is refused (nothing written).</returns>
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
        var command = string.Create(CultureInfo.InvariantCulture,
            $"sim generate --markets {options.Markets} --classes {options.Classes} --modes {options.Modes} --warehouses {options.Warehouses} --seed {options.Seed}");
        var content = string.Concat(scenario.Files.Select(f => f.Path + "\n" + f.Content));
        // Any folder sim generate wrote may be replaced by another generate (same "full path").
        var origin = new ResultOrigin(command, "sim generate", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))), []);
        ResultSet set;
        try
        {
            set = ResultSet.Begin(folder, origin, ResultSetOptions.FromEnvironment(force: false));
        }
        catch (OutputFolderException exception)
        {
            error.WriteLine($"sim generate: --out: {exception.Message}; nothing was written.");
            return ExitCodes.BadInput;
        }

        using (set)
        {
            foreach (var file in scenario.Files)
            {
                set.WriteAllText(file.Path, file.Content);
            }

            set.Commit();
        }

        output.WriteLine(
            $"generated {scenario.Name}: {Path.Combine(folder, GeneratedScenario.YamlFile)} with {options.Markets} markets, {options.Classes} product classes, " +
            $"{options.Modes} business modes, {options.Warehouses} warehouses, {scenario.DemandStreams} demand streams");
        return ExitCodes.Success;
    }
}
