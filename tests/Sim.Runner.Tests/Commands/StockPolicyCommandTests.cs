using System.CommandLine;
using System.Text.Json;
using Sim.Runner.Commands;

namespace Sim.Runner.Tests.Commands;

public sealed class StockPolicyCommandTests
{
    [Fact]
    public void Invoke_PublishedCaseWithLeadTime_PrintsOneJsonObjectWithPolicyAndCost()
    {
        // Zheng and Federgruen's λ = 10, K = 64, h = 1, p = 9 case is (6, 40) at L = 0; with a lead
        // time of two periods, s and S rise by about the extra two periods' demand (20).
        var (exitCode, output, error) = Invoke("--poisson", "10", "--order-cost", "64", "--holding", "1", "--backorder", "9", "--lead-time", "2");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(["s", "S", "cost"], root.EnumerateObject().Select(p => p.Name));
        Assert.InRange(root.GetProperty("s").GetInt32(), 20, 32);
        Assert.InRange(root.GetProperty("S").GetInt32() - root.GetProperty("s").GetInt32(), 25, 40);
        Assert.True(root.GetProperty("cost").GetDouble() > 35.02);
    }

    [Theory]
    [InlineData("--poisson", "0", "--poisson")]
    [InlineData("--order-cost", "-5", "--order-cost")]
    [InlineData("--holding", "0", "--holding")]
    [InlineData("--backorder", "NaN", "--backorder")]
    [InlineData("--lead-time", "-1", "--lead-time")]
    public void Invoke_RefusedValue_ExitsTwoNamingTheOptionAndPrintsNothing(string option, string value, string named)
    {
        var args = new Dictionary<string, string> { ["--poisson"] = "10", ["--order-cost"] = "64", ["--holding"] = "1", ["--backorder"] = "9", [option] = value };

        var (exitCode, output, error) = Invoke(args.SelectMany(a => new[] { a.Key, a.Value }).ToArray());

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.StartsWith($"sim stock-policy: {named}: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Always_StatesTheOrderingConvention()
    {
        var (_, output, _) = Invoke("--help");

        Assert.Contains("at\n  or below s, order up to S", output.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) Invoke(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { StockPolicyCommand.Create() };
        var exitCode = root.Parse(["stock-policy", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
