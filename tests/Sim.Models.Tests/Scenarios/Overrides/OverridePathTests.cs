using Sim.Models.Scenarios.Overrides;

namespace Sim.Models.Tests.Scenarios.Overrides;

public sealed class OverridePathTests
{
    [Fact]
    public void TryParse_DotsAndBrackets_GivesSegmentsInOrder()
    {
        var path = OverridePath.TryParse("markets.US.duty_regimes[1].de_minimis", out _);

        Assert.NotNull(path);
        Assert.Equal(
            [("markets", false), ("US", false), ("duty_regimes", false), ("1", true), ("de_minimis", false)],
            path.Segments.Select(s => (s.Text, s.Bracketed)));
    }

    [Fact]
    public void TryParse_BracketedKeyWithSlash_KeepsTheKeyWhole()
    {
        var path = OverridePath.TryParse("fulfilment[US/apparel].policy.kind", out _);

        Assert.Equal(["fulfilment", "US/apparel", "policy", "kind"], path!.Segments.Select(s => s.Text));
    }

    [Theory]
    [InlineData("modes[postal", "not closed")]
    [InlineData("modes.", "ends with '.'")]
    [InlineData("modes..id", "empty field name")]
    [InlineData("modes[]", "empty brackets")]
    [InlineData("", "empty")]
    public void TryParse_Malformed_ReturnsNullWithReason(string text, string reason)
    {
        Assert.Null(OverridePath.TryParse(text, out string why));
        Assert.Contains(reason, why, StringComparison.Ordinal);
    }
}
