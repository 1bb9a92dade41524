using Sim.Engine.Randomness;

namespace Sim.Engine.Tests.Randomness;

public sealed class IDistributionTests
{
    public static TheoryData<string> Names => new()
    {
        "exponential", "lognormal", "gamma<1", "gamma>1", "triangular", "uniform", "normal",
        "truncated-rejection", "truncated-inverse", "poisson-small", "poisson-large", "bernoulli",
        "empirical", "empirical-interpolated", "constant",
    };

    private static IDistribution Create(string name) => name switch
    {
        "exponential" => new Exponential(2),
        "lognormal" => LogNormal.FromMeanAndCv(5, 0.8),
        "gamma<1" => new Gamma(0.5, 2),
        "gamma>1" => Gamma.FromMeanAndCv(5, 0.5),
        "triangular" => new Triangular(1, 2, 4),
        "uniform" => new Uniform(0, 1),
        "normal" => new Normal(0, 1),
        "truncated-rejection" => new TruncatedNormal(2, 1),
        "truncated-inverse" => new TruncatedNormal(-2, 1),
        "poisson-small" => new Poisson(4),
        "poisson-large" => new Poisson(120),
        "bernoulli" => new Bernoulli(0.2),
        "empirical" => new Empirical([1.0, 2.0, 3.0]),
        "empirical-interpolated" => new Empirical([1.0, 2.0, 3.0], interpolate: true),
        "constant" => new Constant(3),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Sample_100kDraws_AllocatesNothing(string name)
    {
        var distribution = Create(name);
        var rng = new RandomStream(1201);
        var sum = 0.0;
        // Warm up so that tiered JIT compilation and static initialisation happen before measuring.
        for (var i = 0; i < 10_000; i++)
        {
            sum += distribution.Sample(rng);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100_000; i++)
        {
            sum += distribution.Sample(rng);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(double.IsFinite(sum));
        Assert.Equal(0, allocated);
    }
}
