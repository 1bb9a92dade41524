using Sim.Engine.Randomness;

namespace Sim.Engine.Tests.Randomness;

public sealed class ConstantTests
{
    [Fact]
    public void Sample_Always_ValueWithoutAdvancingStream()
    {
        var distribution = new Constant(1.25);
        var rng = new RandomStream(1101);
        var reference = new RandomStream(1101);

        Assert.Equal(1.25, distribution.Sample(rng));
        Assert.Equal(1.25, distribution.Mean);
        Assert.Equal(0, distribution.Variance);
        Assert.Equal(reference.NextUInt64(), rng.NextUInt64());
    }

    [Fact]
    public void Constructor_NotFinite_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Constant(double.NaN));
}
