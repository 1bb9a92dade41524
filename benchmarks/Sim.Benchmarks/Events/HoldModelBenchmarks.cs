using BenchmarkDotNet.Attributes;
using Sim.Engine.Events;
using Sim.Engine.Randomness;
using Sim.Engine.Time;

namespace Sim.Benchmarks.Events;

/// <summary>
/// The classic hold model: with N events pending, repeatedly take the first and put it back an
/// exponential increment later. Measures the cost of one hold (a dequeue plus an enqueue) for
/// each event list as the pending set grows.
/// </summary>
[MemoryDiagnoser]
public class HoldModelBenchmarks
{
    private const int Holds = 1_000_000;

    private IEventList _list = null!;
    private RandomStream _random = null!;
    private long _sequence;

    [Params(10, 1_000, 100_000, 1_000_000)]
    public int Pending { get; set; }

    [Params("heap", "ladder")]
    public string List { get; set; } = "heap";

    [GlobalSetup]
    public void Setup()
    {
        _random = new RandomStream(42);
        _list = List == "heap" ? new DaryHeapEventList(Pending) : new LadderEventList(Pending);
        for (int i = 0; i < Pending; i++)
        {
            _list.Enqueue(new ScheduledEvent(new SimTime(Increment()), _sequence++, 0, 0, 0));
        }

        // Reach the steady state the ladder's rungs settle into before measuring.
        Hold(Pending * 2L);
    }

    [Benchmark(OperationsPerInvoke = Holds)]
    public long Hold() => Hold(Holds);

    private long Hold(long holds)
    {
        long last = 0;
        for (long i = 0; i < holds; i++)
        {
            ScheduledEvent first = _list.Dequeue();
            last = first.Time.Ticks;
            _list.Enqueue(first with { Time = new SimTime(last + Increment()), Sequence = _sequence++ });
        }

        return last;
    }

    private long Increment() => (long)(-Math.Log(1 - _random.NextUnit()) * 1_000_000);
}
