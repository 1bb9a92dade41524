using Sim.Models.Scenarios.Loading;

namespace Sim.Models.Tests.Scenarios.Loading;

public sealed class YamlPreflightTests
{
    private static IReadOnlyList<Sim.Models.Scenarios.ScenarioError> Run(string text)
    {
        var diagnostics = new ScenarioDiagnostics("s.yaml", new YamlPositions(null));
        bool ok = YamlPreflight.Run(text, diagnostics);
        Assert.Equal(ok, diagnostics.Errors.Count == 0);
        return diagnostics.Errors;
    }

    [Fact]
    public void Run_AliasesWithinTheLimit_AreAccepted() =>
        Assert.Empty(Run("d: &d {kind: constant, mean: 1}\na: *d\nb: *d\nc: [*d, *d]\n"));

    [Fact]
    public void Run_AliasExpansionAboveTheLimit_IsRefusedAtTheAliasThatCrossesIt()
    {
        // Each level holds ten of the previous: level 6 expands to more than 10^6 values.
        var text = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n"));

        var error = Assert.Single(Run(text));

        Assert.Equal(6, error.Line);
        Assert.Contains("more than 200,000 values", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public void Run_Nesting_IsAcceptedUpToTheLimit(int depth, bool accepted)
    {
        // The root mapping is one level; the flow lists are the rest.
        var text = "a: " + new string('[', depth - 1) + new string(']', depth - 1) + "\n";

        Assert.Equal(accepted, Run(text).Count == 0);
    }

    [Fact]
    public void Run_QuotedMergeKey_IsAnOrdinaryKey() => Assert.Empty(Run("'<<': 1\n"));

    [Fact]
    public void Run_SyntaxErrorWithATabBeforeIt_NamesTheTab()
    {
        var error = Assert.Single(Run("a:\n  b: 1\n\tc: 2\n"));

        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Contains("tab in the indentation", error.Reason, StringComparison.Ordinal);
    }
}
