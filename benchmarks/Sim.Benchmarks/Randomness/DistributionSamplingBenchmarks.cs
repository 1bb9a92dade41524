using BenchmarkDotNet.Attributes;
using Sim.Engine.Randomness;

namespace Sim.Benchmarks.Randomness;

/// <summary>How much does sampling each distribution cost compared with drawing a raw uniform?</summary>
[MemoryDiagnoser]
public class DistributionSamplingBenchmarks
{
    private const int SamplesPerInvocation = 1_000;

    private RandomStream _rng = null!;
    private Exponential _exponential = null!;
    private LogNormal _logNormal = null!;
    private Gamma _gamma = null!;
    private TruncatedNormal _truncatedNormal = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rng = new RandomStream(42);
        _exponential = new Exponential(3.2);
        _logNormal = LogNormal.FromMeanAndCv(48, 0.6);
        _gamma = Gamma.FromMeanAndCv(48, 0.6);
        _truncatedNormal = new TruncatedNormal(24, 8);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = SamplesPerInvocation)]
    public double NextUnit()
    {
        var sum = 0.0;
        for (var i = 0; i < SamplesPerInvocation; i++)
        {
            sum += _rng.NextUnit();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = SamplesPerInvocation)]
    public double ExponentialSample() => SampleMany(_exponential);

    [Benchmark(OperationsPerInvoke = SamplesPerInvocation)]
    public double LogNormalSample() => SampleMany(_logNormal);

    [Benchmark(OperationsPerInvoke = SamplesPerInvocation)]
    public double GammaSample() => SampleMany(_gamma);

    [Benchmark(OperationsPerInvoke = SamplesPerInvocation)]
    public double TruncatedNormalSample() => SampleMany(_truncatedNormal);

    private double SampleMany(IDistribution distribution)
    {
        var sum = 0.0;
        for (var i = 0; i < SamplesPerInvocation; i++)
        {
            sum += distribution.Sample(_rng);
        }

        return sum;
    }
}
