using System.CommandLine;
using System.CommandLine.Parsing;
using Sim.Models.Scenarios.Loading;
using Sim.Runner.Commands;

namespace Sim.Runner.Cli;

/// <summary>
/// The <c>sim</c> command line: its verbs, and the handling every verb shares. A usage error (no
/// verb, <c>sim help</c>, an unknown verb, with the nearest one suggested, a missing or extra
/// argument, an unknown option, an option value that does not parse or is out of range) prints
/// what is wrong and the verb's usage on stderr and exits 2. Response files (<c>@file</c>) are
/// off: an argument starting with '@' is a plain path. An unexpected exception prints one line
/// (<c>sim: error: ...</c>) and exits 1; the stack trace only with <c>SIM_DEBUG=1</c>.
/// </summary>
internal static class SimCommandLine
{
    /// <summary>The root command with every verb.</summary>
    public static RootCommand Build() =>
        new("sim: discrete-event simulation and optimisation of cross-border parcel logistics")
        {
            RunCommand.Create(),
            ValidateCommand.Create(),
            OptimiseCommand.Create(),
            DemoCommand.Create(),
            StockPolicyCommand.Create(),
            GenerateCommand.Create(),
            SweepCommand.Create(),
            MergeCommand.Create(),
            CompareCommand.Create(),
            ReportCommand.Create(),
        };

    /// <summary>Parses <paramref name="args"/> and runs the verb.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="output">Standard output (help, results).</param>
    /// <param name="error">Standard error (errors, usage on error, progress).</param>
    /// <returns>The process exit code.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        RootCommand root = Build();
        if (args.Count == 0 || args[0] == "help")
        {
            var verb = args.Count > 1 ? root.Subcommands.FirstOrDefault(c => c.Name == args[1]) : null;
            error.WriteLine(args.Count == 0 ? "sim: no command given." : "sim: 'help' is not a command; use 'sim --help' or 'sim COMMAND --help'.");
            error.WriteLine();
            PrintUsage(root, verb, error);
            return ExitCodes.BadInput;
        }

        ParseResult result = root.Parse(args, Parsing());
        var problems = Problems(root, result, args);
        if (problems.Count > 0)
        {
            var command = result.CommandResult.Command;
            string prefix = command == root ? "sim" : $"sim {command.Name}";
            foreach (string problem in problems)
            {
                error.WriteLine($"{prefix}: {problem}");
            }

            error.WriteLine();
            PrintUsage(root, command == root ? null : command, error);
            return ExitCodes.BadInput;
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception)
        {
            error.WriteLine($"sim: error: {exception.Message}");
            if (Environment.GetEnvironmentVariable("SIM_DEBUG") == "1")
            {
                error.WriteLine(exception);
            }

            return ExitCodes.Failure;
        }
    }

    private static List<string> Problems(RootCommand root, ParseResult result, IReadOnlyList<string> args)
    {
        var problems = new List<string>();
        bool onRoot = result.CommandResult.Command == root;
        foreach (ParseError error in result.Errors)
        {
            if (onRoot && result.UnmatchedTokens.Count > 0 && error.Message.StartsWith("Required command", StringComparison.Ordinal))
            {
                continue;
            }

            string message = error.Message;
            string? token = result.UnmatchedTokens.FirstOrDefault(t => message.Contains($"'{t}'", StringComparison.Ordinal));
            if (token is not null && token.Length > 1 && token[0] == '-')
            {
                message = UnknownOption(result.CommandResult.Command, token);
            }
            else if (onRoot && token is not null)
            {
                message = $"unknown command '{token}'{Suggestions.DidYouMean(token, root.Subcommands.Select(c => c.Name))}.";
            }

            problems.Add(message);
        }

        if (result.Tokens.Any(t => t.Type == TokenType.Argument && string.IsNullOrWhiteSpace(t.Value)))
        {
            problems.Add("an argument or option value is empty; give a file name, folder or value.");
        }

        // An argument that looks like an option was not one of the verb's options ("sim run -x").
        if (!args.Contains("--"))
        {
            foreach (Argument argument in result.CommandResult.Command.Arguments)
            {
                foreach (Token token in result.GetResult(argument)?.Tokens ?? [])
                {
                    if (token.Value.Length > 1 && token.Value[0] == '-')
                    {
                        problems.Add(UnknownOption(result.CommandResult.Command, token.Value));
                    }
                }
            }
        }

        return problems;
    }

    private static ParserConfiguration Parsing() => new() { ResponseFileTokenReplacer = null };

    // A one-letter option is too short for a useful "did you mean": every other one is one edit away.
    private static string UnknownOption(Command command, string token) => token.StartsWith("--", StringComparison.Ordinal)
        ? $"unknown option '{token}'{Suggestions.DidYouMean(token, command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)))}."
        : $"unknown option '{token}'.";

    private static void PrintUsage(RootCommand root, Command? verb, TextWriter error)
    {
        string[] help = verb is null ? ["--help"] : [verb.Name, "--help"];
        root.Parse(help, Parsing()).Invoke(new InvocationConfiguration { Output = error, Error = error });
    }
}
