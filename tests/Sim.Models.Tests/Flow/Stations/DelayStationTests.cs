using Sim.Engine.Randomness;
using Sim.Engine.Time;
using Sim.Models.Flow.Compilation;
using Sim.Models.Flow.Stations;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Flow.Stations;

public sealed class DelayStationTests
{
    private static CompiledLeg Leg(Scenario scenario, string id) =>
        RouteCompiler.OfferedRoutes(scenario).First(r => r.Mode.Id == "express").Legs.Single(l => l.Spec.Id == id);

    [Fact]
    public void Pass_ConstantLeg_ReadyPlusItsTimeWithoutARandomNumber()
    {
        var rng = new RandomStream(1);
        var untouched = new RandomStream(1);

        long done = DelayStation.Pass(1000, Leg(TestScenarios.Direct(), "pickup"), rng);

        Assert.Equal(1000 + (6 * SimDuration.TicksPerHour), done);
        Assert.Equal(untouched.NextUInt64(), rng.NextUInt64());
    }

    [Fact]
    public void Pass_LognormalLeg_MeanTimeIsTheLegsMean()
    {
        var scenario = TestScenarios.Direct();
        var express = scenario.Modes[0];
        var lognormal = new DistributionSpec { Kind = DistributionKind.Lognormal, Mean = 6, Cv = 0.5 };
        var leg = Leg(scenario with { Modes = [express with { Legs = [express.Legs[0] with { ProcessingTime = lognormal }, .. express.Legs.Skip(1)] }, .. scenario.Modes.Skip(1)] }, "pickup");
        var rng = new RandomStream(7);

        double mean = Enumerable.Range(0, 100_000).Average(_ => (double)DelayStation.Pass(0, leg, rng)) / SimDuration.TicksPerHour;

        // sd of the mean: 3 h / sqrt(100,000) = 0.0095 h; 0.05 h is five of them.
        Assert.Equal(6, mean, 0.05);
    }
}
