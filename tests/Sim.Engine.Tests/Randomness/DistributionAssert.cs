using Sim.Engine.Randomness;

namespace Sim.Engine.Tests.Randomness;

/// <summary>Shared statistical checks of distribution samplers, with fixed seeds.</summary>
internal static class DistributionAssert
{
    /// <summary>Samples per statistical check: large enough for 0.2-1% tolerances, cheap (a few ms).</summary>
    public const int SampleCount = 200_000;

    /// <summary>
    /// Tolerance in standard errors. A correct sampler's sample mean lies within 4.5 standard errors
    /// of the true mean with probability 1 - 6.8e-6 (normal approximation, valid at 200,000 samples),
    /// so a fixed-seed failure points at a bug; for a distribution with cv = 1 one standard error is
    /// 1 / sqrt(200,000) = 0.22% of the mean, so a bias of 1% or more in the mean is caught.
    /// </summary>
    public const double StandardErrors = 4.5;

    /// <summary>
    /// Kolmogorov-Smirnov critical value at significance 0.001, sqrt(-ln(0.0005) / 2) / sqrt(n)
    /// (asymptotic; n = 200,000 gives 0.00436): a correct sampler fails with probability 0.1%.
    /// </summary>
    public static double KsCritical(int n) => Math.Sqrt(-Math.Log(0.0005) / 2) / Math.Sqrt(n);

    public static double[] Draw(IDistribution distribution, ulong seed, int count = SampleCount)
    {
        var rng = new RandomStream(seed);
        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            samples[i] = distribution.Sample(rng);
        }

        return samples;
    }

    /// <summary>
    /// Checks the sample mean against <see cref="IDistribution.Mean"/> within 4.5 standard errors
    /// (SE = sqrt(Variance / n)) and the sample variance against <see cref="IDistribution.Variance"/>
    /// within 4.5 of its estimated standard errors, sqrt((m4 - s^4) / n) with m4 the sample fourth
    /// central moment.
    /// </summary>
    public static void MomentsMatch(IDistribution distribution, ulong seed)
    {
        var samples = Draw(distribution, seed);
        double n = samples.Length;
        var mean = samples.Average();
        var m2 = samples.Sum(x => (x - mean) * (x - mean)) / n;
        var m4 = samples.Sum(x => Math.Pow(x - mean, 4)) / n;

        var meanTolerance = StandardErrors * Math.Sqrt(distribution.Variance / n);
        Assert.True(Math.Abs(mean - distribution.Mean) <= meanTolerance, $"sample mean {mean}, expected {distribution.Mean} +- {meanTolerance}");

        var variance = m2 * n / (n - 1);
        var varianceTolerance = StandardErrors * Math.Sqrt(Math.Max(m4 - (m2 * m2), 0) / n);
        Assert.True(Math.Abs(variance - distribution.Variance) <= varianceTolerance, $"sample variance {variance}, expected {distribution.Variance} +- {varianceTolerance}");
    }

    /// <summary>Kolmogorov-Smirnov test of the samples against <paramref name="cdf"/> at significance 0.001.</summary>
    public static void FollowsCdf(IDistribution distribution, Func<double, double> cdf, ulong seed)
    {
        var samples = Draw(distribution, seed);
        Array.Sort(samples);
        double n = samples.Length;
        var d = 0.0;
        for (var i = 0; i < samples.Length; i++)
        {
            var f = cdf(samples[i]);
            d = Math.Max(d, Math.Max(((i + 1) / n) - f, f - (i / n)));
        }

        Assert.True(d < KsCritical(samples.Length), $"KS statistic {d} >= critical {KsCritical(samples.Length)}");
    }
}
