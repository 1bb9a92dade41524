using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    [Fact]
    public void Validate_Baseline_HasNoErrors()
    {
        var errors = ScenarioLoader.Validate(ScenarioLoader.BaselinePath);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
