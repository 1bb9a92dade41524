using BenchmarkDotNet.Attributes;
using Sim.Engine.Optimisation;
using Sim.Engine.Optimisation.Cbc;
using Sim.Models.Planning;

namespace Sim.Benchmarks.Optimisation;

/// <summary>
/// Question: what does build + solve of an OR-Library instance cost in-process, and how does it
/// compare with CBC reading the same model from the LP file we write (what the `cbc` program does)?
/// </summary>
[MemoryDiagnoser]
public class CapacitatedFacilityLocationBenchmarks
{
    private readonly CbcSolver _solver = new();
    private readonly SolverOptions _options = new();
    private FacilityLocationInstance _instance = null!;
    private string _lpFile = null!;

    [Params("cap41", "cap71", "cap131")]
    public string Instance { get; set; } = "cap41";

    [GlobalSetup]
    public void Setup()
    {
        _instance = OrLibCflpReader.Read(OrLibDataPath.Of(Instance));
        _lpFile = Path.Combine(Path.GetTempPath(), $"bench-{Instance}-{Environment.ProcessId}.lp");
        LpFileWriter.WriteFile(CapacitatedFacilityLocation.Build(_instance).Model, _lpFile);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_lpFile);

    [Benchmark(Baseline = true)]
    public double CbcReadsLpFileAndSolves() => _solver.SolveLpFile(_lpFile, _options).Objective;

    [Benchmark]
    public double BuildAndSolve() => CapacitatedFacilityLocation.Build(_instance).Solve(_solver, _options).TotalCost;

    [Benchmark]
    public int BuildOnly() => CapacitatedFacilityLocation.Build(_instance).Model.NonZeroCount;
}
