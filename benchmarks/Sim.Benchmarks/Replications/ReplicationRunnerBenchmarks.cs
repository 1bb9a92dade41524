using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Sim.Engine.Replications;
using Sim.Models.Flow;
using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;
using Sim.Models.Scenarios;
using Sim.Models.Scenarios.Overrides;

namespace Sim.Benchmarks.Replications;

/// <summary>
/// How the runner that sweeps use scales with threads: a 20-cell study of the baseline (de minimis
/// on/off x 10 postal loss rates, 30 days, 4 replications per cell), every replication of every
/// cell one piece of work for <see cref="ReplicationRunner.ForEach"/>, each cell merged when its
/// last replication ends, as <c>sim sweep</c> does (without writing files). Compare the times of 1
/// and 2 threads within a job for the speed-up (target: at least 1.8 on 2 cores). Two jobs: the
/// runtime's default GC, and <c>sim</c>'s (no background GC; arrays up to 32 MB, such as a
/// replication's parcel table, kept off the large-object heap): the Gen2 column shows the full
/// collections that stop every thread.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GcJobs))]
public class ReplicationRunnerBenchmarks
{
    private const ulong Seed = 20250401;
    private const int Replications = 4;
    private static readonly string[] DeMinimis = ["0", "800"];
    private CompiledNetwork[] _cells = [];

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup() => _cells =
    [
        .. from deMinimis in DeMinimis
           from loss in Enumerable.Range(1, 10).Select(i => (i * 0.005).ToString(System.Globalization.CultureInfo.InvariantCulture))
           select RouteCompiler.Compile(ScenarioLoader.TryLoad(ScenarioLoader.BaselinePath,
               [new ScenarioOverride("horizon_days", "30"), new ScenarioOverride("markets.US.duty_regimes[1].de_minimis", deMinimis),
                new ScenarioOverride("modes.postal.legs.linehaul.loss_probability", loss)], out _)!),
    ];

    [Benchmark]
    public KpiSummary?[] Sweep()
    {
        var summaries = new KpiSummary?[_cells.Length];
        var results = new ReplicationKpis[_cells.Length][];
        var remaining = new int[_cells.Length];
        for (int c = 0; c < _cells.Length; c++)
        {
            results[c] = new ReplicationKpis[Replications];
            remaining[c] = Replications;
        }

        new ReplicationRunner(Threads).ForEach(_cells.Length * Replications, item =>
        {
            int c = item / Replications;
            results[c][item % Replications] = ScenarioSimulation.RunReplication(_cells[c], Seed, item % Replications);
            if (Interlocked.Decrement(ref remaining[c]) == 0)
            {
                summaries[c] = KpiSummary.FromReplications(results[c]);
            }
        });
        return summaries;
    }

    /// <summary>The runtime's default GC and the settings of <c>src/Sim.Runner/Sim.Runner.csproj</c>.</summary>
    private sealed class GcJobs : ManualConfig
    {
        public GcJobs()
        {
            AddJob(Job.Default.WithId("default-gc"));
            AddJob(Job.Default.WithGcConcurrent(false)
                .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_GCLOHThreshold", "0x2000000"))
                .WithId("sim-gc"));
        }
    }
}
