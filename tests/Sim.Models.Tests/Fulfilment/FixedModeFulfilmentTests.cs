using Sim.Engine.Randomness;
using Sim.Models.Fulfilment;

namespace Sim.Models.Tests.Fulfilment;

public sealed class FixedModeFulfilmentTests
{
    [Fact]
    public void Choose_AnyOrder_TheOnlyOption()
    {
        var policy = new FixedModeFulfilment(Options.Postal);

        var order = new OrderFacts(20, 50, 0.1, 5000, 100);

        Assert.Equal(0, policy.Choose(order, new FakeStock(), new RandomStream(1)));
    }
}
