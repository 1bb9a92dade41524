using Sim.Engine.Randomness;
using Sim.Models.Fulfilment;

namespace Sim.Models.Tests.Fulfilment;

public sealed class SplitSharesFulfilmentTests
{
    [Fact]
    public void Choose_ManyOrders_FrequenciesMatchTheShares()
    {
        var policy = new SplitSharesFulfilment([Options.Postal, Options.Dedicated, Options.Express], [0.5, 0.3, 0.2]);
        var rng = new RandomStream(42);
        var counts = new int[3];
        const int N = 100_000;

        for (int i = 0; i < N; i++)
        {
            counts[policy.Choose(Options.SmallOrder, new FakeStock(), rng)]++;
        }

        // Binomial sd is at most sqrt(0.25 / N) = 0.0016; 0.008 is five sd (a false alarm below 1e-6).
        Assert.Equal(0.5, counts[0] / (double)N, 0.008);
        Assert.Equal(0.3, counts[1] / (double)N, 0.008);
        Assert.Equal(0.2, counts[2] / (double)N, 0.008);
    }

    [Fact]
    public void Choose_OrderTooHeavyForPostal_NeverPostal()
    {
        var policy = new SplitSharesFulfilment([Options.Postal, Options.Express], [0.9, 0.1]);
        var rng = new RandomStream(3);
        var heavy = Options.SmallOrder with { WeightKg = 5 };

        for (int i = 0; i < 1000; i++)
        {
            Assert.Equal(1, policy.Choose(heavy, new FakeStock(), rng));
        }
    }

    [Fact]
    public void Constructor_SharesOfZeroSum_Throws() =>
        Assert.Throws<ArgumentException>(() => new SplitSharesFulfilment([Options.Postal], [0.0]));
}
