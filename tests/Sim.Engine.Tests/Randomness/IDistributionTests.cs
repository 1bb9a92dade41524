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

        // Warm up so that tiered JIT compilation and static initialisation happen before measuring.
        Assert.True(double.IsFinite(Draw(distribution, rng, 10_000)));

        // The least of three measurements: a one-off runtime allocation on this thread (tiering,
        // on-stack replacement) shows in one of them at most, an allocation per draw in all three.
        long least = long.MaxValue;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            Assert.True(double.IsFinite(Draw(distribution, rng, 100_000)));
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, least);
    }

    private static double Draw(IDistribution distribution, RandomStream rng, int count)
    {
        var sum = 0.0;
        for (var i = 0; i < count; i++)
        {
            sum += distribution.Sample(rng);
        }

        return sum;
    }
}
