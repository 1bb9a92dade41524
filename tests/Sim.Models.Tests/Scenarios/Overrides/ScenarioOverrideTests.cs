using Sim.Models.Scenarios.Overrides;

namespace Sim.Models.Tests.Scenarios.Overrides;

public sealed class ScenarioOverrideTests
{
    [Fact]
    public void TryParse_PathEqualsValue_SplitsAtTheFirstEquals()
    {
        Assert.True(ScenarioOverride.TryParse(" modes.postal.name = a=b", out var parsed));

        Assert.Equal("modes.postal.name", parsed!.Path);
        Assert.Equal(" a=b", parsed.Value);
    }

    [Theory]
    [InlineData("no-equals-sign")]
    [InlineData("=800")]
    [InlineData("  =800")]
    [InlineData(null)]
    public void TryParse_NoPath_ReturnsFalse(string? text)
    {
        Assert.False(ScenarioOverride.TryParse(text, out var parsed));
        Assert.Null(parsed);
    }

    [Fact]
    public void ToString_Parsed_GivesTheTextBack()
    {
        Assert.True(ScenarioOverride.TryParse("markets.US.duty_regimes[1].de_minimis=800", out var parsed));

        Assert.Equal("markets.US.duty_regimes[1].de_minimis=800", parsed!.ToString());
    }
}
