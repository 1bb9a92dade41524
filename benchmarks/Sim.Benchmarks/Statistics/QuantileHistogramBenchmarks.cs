using BenchmarkDotNet.Attributes;
using Sim.Engine.Randomness;
using Sim.Engine.Statistics;

namespace Sim.Benchmarks.Statistics;

/// <summary>What does adding an observation to a quantile histogram cost, against a plain tally?</summary>
[MemoryDiagnoser]
public class QuantileHistogramBenchmarks
{
    private const int Observations = 10_000;

    private double[] _data = null!;
    private QuantileHistogram _histogram = null!;
    private Tally _tally = null!;

    [Params(0.01, 0.001)]
    public double RelativeAccuracy { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rng = new RandomStream(7);
        var distribution = LogNormal.FromMeanAndCv(48, 1.5);
        _data = new double[Observations];
        for (var i = 0; i < _data.Length; i++)
        {
            _data[i] = distribution.Sample(rng);
        }

        _histogram = new QuantileHistogram(RelativeAccuracy);
        _tally = new Tally();
        // Pre-size the buckets so the benchmark measures the steady state.
        _histogram.Add(_data.Min());
        _histogram.Add(_data.Max());
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Observations)]
    public long TallyAdd()
    {
        foreach (var value in _data)
        {
            _tally.Add(value);
        }

        return _tally.Count;
    }

    [Benchmark(OperationsPerInvoke = Observations)]
    public long HistogramAdd()
    {
        foreach (var value in _data)
        {
            _histogram.Add(value);
        }

        return _histogram.Count;
    }
}
