using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Sim.Models.Flow;
using Sim.Models.Kpis;
using Sim.Models.Scenarios;

namespace Sim.Benchmarks.Flow;

/// <summary>
/// How fast one replication of the baseline scenario runs on one core, in parcels per second
/// (parcels simulated, printed at cleanup, over the mean time), and whether memory follows parcels
/// in flight rather than parcels simulated: the 13,900-day variant simulates about 10 million
/// parcels, and the cleanup prints the process's peak working set and the GC heap.
/// </summary>
[MemoryDiagnoser]
public class ParcelFlowBenchmarks
{
    private const ulong Seed = 20250401;
    private Scenario _scenario = null!;
    private ReplicationKpis? _last;

    /// <summary>60 days is the baseline as shipped; 13,900 days gives about 10 million parcels.</summary>
    [Params(60, 13_900)]
    public int HorizonDays { get; set; }

    [GlobalSetup]
    public void Setup() => _scenario = ScenarioLoader.Load(ScenarioLoader.BaselinePath) with { HorizonDays = HorizonDays };

    [Benchmark]
    public ReplicationKpis OneReplication() => _last = ScenarioSimulation.RunReplication(_scenario, Seed, 0);

    [GlobalCleanup]
    public void Report()
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(
            $"// ParcelFlow horizon={HorizonDays}d parcels={_last?.ParcelsSimulated} events={_last?.EventsHandled} " +
            $"peakInFlight={_last?.PeakParcelsInFlight} peakWorkingSetMB={process.PeakWorkingSet64 / 1e6:F0} " +
            $"gcHeapMB={GC.GetTotalMemory(forceFullCollection: false) / 1e6:F0} gcCommittedMB={GC.GetGCMemoryInfo().TotalCommittedBytes / 1e6:F0}");
    }
}
