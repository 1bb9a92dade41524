using BenchmarkDotNet.Attributes;
using Sim.Engine.Events;
using Sim.Engine.Randomness;
using Sim.Models.Demo;

namespace Sim.Benchmarks.Demo;

/// <summary>
/// How fast the engine runs the reference tandem line (c = 4, 2, 3; utilisation 0.8 at each
/// station) against a hand-written loop over <see cref="PriorityQueue{TElement, TPriority}"/>
/// that simulates the same line with the same random streams and statistics.
/// </summary>
[MemoryDiagnoser]
public class TandemQueueBenchmarks
{
    private const ulong Seed = 20261126;

    [Params(1_000_000)]
    public long Customers { get; set; }

    [Benchmark(Baseline = true)]
    public double HandWrittenPriorityQueue() =>
        new HandWrittenTandem(TandemQueueConfig.Reference(Customers), new RandomStreams(Seed).ForReplication(0)).Run();

    [Benchmark]
    public double EngineWithHeap() =>
        new TandemQueueModel(TandemQueueConfig.Reference(Customers), new RandomStreams(Seed).ForReplication(0)).Run().Sojourn.Mean;

    [Benchmark]
    public double EngineWithLadder() =>
        new TandemQueueModel(TandemQueueConfig.Reference(Customers), new RandomStreams(Seed).ForReplication(0), new LadderEventList()).Run().Sojourn.Mean;
}
