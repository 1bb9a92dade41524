using System.Diagnostics;

namespace Sim.Runner.Tests;

public sealed class ProgramTests
{
    [Theory]
    [InlineData("stock-policy", "--poisson", "ten", "--order-cost", "1", "--holding", "1", "--backorder", "9")]
    [InlineData("stock-policy", "--poisson", "10", "--holding", "1", "--backorder", "9")]
    [InlineData("run", "--replications", "abc")]
    [InlineData("no-such-verb")]
    public void Main_UnparsableMissingOrUnknownArgument_ExitsTwo(params string[] args)
    {
        var (exitCode, output, error) = Sim(args);

        Assert.Equal(2, exitCode);
        Assert.DoesNotContain(output.Split('\n'), line => line.StartsWith("{\"s\"", StringComparison.Ordinal));
        Assert.NotEmpty(error);
    }

    [Fact]
    public void Main_StockPolicy_PrintsJsonAndExitsZero()
    {
        var (exitCode, output, _) = Sim("stock-policy", "--poisson", "10", "--order-cost", "64", "--holding", "1", "--backorder", "9");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("{\"s\":6,\"S\":40,\"cost\":35.0215", output, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) Sim(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sim.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
