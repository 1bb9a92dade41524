using Sim.Runner.Cli;

namespace Sim.Runner.Tests.Cli;

public sealed class SimCommandLineTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = SimCommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData(new string[0], "no command given", "[command] [options]")]
    [InlineData(new[] { "help" }, "'help' is not a command", "[command] [options]")]
    [InlineData(new[] { "help", "run" }, "'help' is not a command", "run [<scenario>] [options]")]
    [InlineData(new[] { "optimize" }, "unknown command 'optimize' (did you mean 'optimise'?)", "[command] [options]")]
    [InlineData(new[] { "validate" }, "sim validate: Required argument missing", "validate <scenario>")]
    [InlineData(new[] { "validate", "a.yaml", "b.yaml" }, "'b.yaml'", "validate <scenario>")]
    [InlineData(new[] { "run", "-x" }, "sim run: unknown option '-x'", "run [<scenario>] [options]")]
    [InlineData(new[] { "run", "--thread", "2" }, "unknown option '--thread' (did you mean '--threads'?)", "run [<scenario>] [options]")]
    [InlineData(new[] { "run", "-t", "0" }, "--threads: expected a whole number from 1 to 1024, found '0'", "run [<scenario>] [options]")]
    [InlineData(new[] { "run", "-t", "-1" }, "--threads: expected a whole number from 1 to 1024, found '-1'", "run [<scenario>] [options]")]
    [InlineData(new[] { "run", "-r", "0" }, "--replications: expected a whole number from 1 to 10000, found '0'", "run [<scenario>] [options]")]
    [InlineData(new[] { "run", "--seed", "-5" }, "--seed: expected a whole number from 0 to 2^64-1 (18446744073709551615), found '-5'", "run [<scenario>] [options]")]
    [InlineData(new[] { "run", "--seed", "18446744073709551616" }, "--seed: expected a whole number from 0 to 2^64-1", "run [<scenario>] [options]")]
    [InlineData(new[] { "optimise", "--orlib-cflp", "x.txt", "--gap", "1" }, "--gap: expected a number in [0, 1), found '1'", "optimise [<scenario>] [options]")]
    [InlineData(new[] { "optimise" }, "sim optimise: give a SCENARIO to plan, or --orlib-cflp FILE...", "optimise [<scenario>] [options]")]
    [InlineData(new[] { "optimise", "a.yaml", "--orlib-cflp", "x.txt" }, "sim optimise: give a SCENARIO or --orlib-cflp FILE..., not both", "optimise [<scenario>] [options]")]
    [InlineData(new[] { "optimise", "--orlib-cflp", "x.txt", "--pareto", "3" }, "sim optimise: --pareto applies to a SCENARIO only", "optimise [<scenario>] [options]")]
    [InlineData(new[] { "optimise", "a.yaml", "--uncapacitated" }, "sim optimise: --uncapacitated applies to --orlib-cflp files only", "optimise [<scenario>] [options]")]
    [InlineData(new[] { "optimise", "a.yaml", "--pareto", "1" }, "--pareto: expected a whole number from 2 to 50, found '1'", "optimise [<scenario>] [options]")]
    [InlineData(new[] { "optimise", "a.yaml", "--loop", "0" }, "--loop: expected a whole number from 1 to 50, found '0'", "optimise [<scenario>] [options]")]
    [InlineData(new[] { "demo", "-r", "1" }, "--replications: expected a whole number from 2 to 10000, found '1'", "demo [options]")]
    public void Run_UsageError_ExitsTwoWithTheProblemAndTheVerbsUsageOnStderr(string[] args, string problem, string usage)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.Contains(usage, error.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_PrintsUsageOnStdoutAndExitsZero()
    {
        var (exit, output, error) = Run("--help");

        Assert.Equal(0, exit);
        Assert.Contains("run", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public void Run_ArgumentStartingWithAt_IsAPathNotAResponseFile()
    {
        var (exit, _, error) = Run("validate", "@no-such-file.yaml");

        Assert.Equal(2, exit);
        Assert.Contains("'@no-such-file.yaml' does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DashDash_LetsAnArgumentStartWithADash()
    {
        var (exit, _, error) = Run("validate", "--", "-odd-name.yaml");

        Assert.Equal(2, exit);
        Assert.Contains("'-odd-name.yaml' does not exist", error, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown option", error, StringComparison.Ordinal);
    }
}
