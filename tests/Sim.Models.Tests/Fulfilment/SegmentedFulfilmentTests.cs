using Sim.Engine.Randomness;
using Sim.Models.Fulfilment;

namespace Sim.Models.Tests.Fulfilment;

public sealed class SegmentedFulfilmentTests
{
    private static readonly SegmentedFulfilment Policy = new(new FixedModeFulfilment(Options.Postal), new FixedModeFulfilment(Options.Express));

    [Fact]
    public void Options_B2cOptionsThenB2bOptions()
    {
        Assert.Equal([Options.Postal, Options.Express], Policy.Options);
    }

    [Fact]
    public void Choose_B2bOrderOfOneUnit_TheB2bPolicysOption()
    {
        var b2b = new OrderFacts(1, 0.5, 0.001, 10, 100, IsB2b: true);
        var b2c = new OrderFacts(1, 0.5, 0.001, 10, 100);

        Assert.Equal(1, Policy.Choose(b2b, new FakeStock(), new RandomStream(1)));
        Assert.Equal(0, Policy.Choose(b2c, new FakeStock(), new RandomStream(1)));
    }
}
