using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Scenarios;

public sealed class ScenarioErrorTests
{
    [Fact]
    public void ToString_AllParts_IsCompilerStyle()
    {
        var error = new ScenarioError { File = "a.yaml", Line = 3, Column = 7, Field = "modes[x].legs[y].kind", Reason = "bad" };

        Assert.Equal("a.yaml:3:7: modes[x].legs[y].kind: bad", error.ToString());
    }
}
