using Sim.Models.Customs;
using Sim.Models.Network;
using Sim.Models.Scenarios.Loading;
using Sim.Models.Tests.Flow;

namespace Sim.Models.Tests.Scenarios.Loading;

public sealed class RouteDurationsTests
{
    [Fact]
    public void ModeHours_ImportLegWithABrokerPerMarket_CountsTheSlowestProfileItMayUse()
    {
        // Express: 6 h + 24 h + clearance + 48 h. The market's profile takes a day; the US broker 4 hours.
        var scenario = TestScenarios.Direct();
        var broker = new CustomsProfile { Id = "us-broker", DeclarationTime = TestScenarios.Hours(4) };
        var express = TestScenarios.Express with
        {
            Legs = [.. TestScenarios.Express.Legs.Select(l => l.Kind == LegKind.ImportCustoms ? l with { CustomsProfiles = new Dictionary<string, string> { ["US"] = "us-broker" } } : l)],
        };
        scenario = scenario with { CustomsProfiles = [.. scenario.CustomsProfiles, broker] };

        Assert.Equal(6 + 24 + 24 + 48, RouteDurations.ModeHours(scenario, TestScenarios.Express), 9);
        Assert.Equal(6 + 24 + 4 + 48, RouteDurations.ModeHours(scenario, express), 9);
    }
}
