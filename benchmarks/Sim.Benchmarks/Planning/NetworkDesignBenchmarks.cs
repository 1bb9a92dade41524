using BenchmarkDotNet.Attributes;
using Sim.Engine.Optimisation;
using Sim.Engine.Optimisation.Cbc;
using Sim.Models.Planning.NetworkDesign;
using Sim.Models.Scenarios;
using Sim.Models.Scenarios.Generation;

namespace Sim.Benchmarks.Planning;

/// <summary>
/// Question: what do the network-design MIP's problem, model and CBC solve cost, on the baseline and
/// on a generated 30 markets × 5 classes × 7 modes × 15 warehouses instance (service levels of 0.9
/// in every market, a day worth 0.3 and a late parcel 2, added in code: the generator writes no
/// planning section)? The routes are compiled once in the setup (<see cref="RouteCatalogue"/>: its
/// delivery-time lattices are a cost of their own, measured by <see cref="Catalogue"/>).
/// </summary>
[MemoryDiagnoser]
public class NetworkDesignBenchmarks
{
    private readonly CbcSolver _solver = new();
    private readonly SolverOptions _options = new() { Threads = 2 };
    private Scenario _scenario = null!;
    private RouteCatalogue _catalogue = null!;
    private PlanningProblem _problem = null!;

    [Params("baseline", "generated-30x5x7x15")]
    public string Scenario { get; set; } = "baseline";

    [GlobalSetup]
    public void Setup()
    {
        _scenario = Scenario == "baseline" ? ScenarioLoader.Load(ScenarioLoader.BaselinePath) : Generated();
        _catalogue = RouteCatalogue.Of(_scenario);
        _problem = PlanningProblem.From(_catalogue);
    }

    [Benchmark(Baseline = true)]
    public int BuildModel() => NetworkDesignModel.Build(_problem).Model.NonZeroCount;

    [Benchmark]
    public int ProblemAndModel() => NetworkDesignModel.Build(PlanningProblem.From(_catalogue)).Model.NonZeroCount;

    [Benchmark]
    public double BuildAndSolve() => NetworkDesigner.Solve(_problem, _solver, _options).Result.Objective;

    [Benchmark]
    public int Catalogue() => RouteCatalogue.Of(_scenario).OrderRoutes.Count;

    private static Scenario Generated()
    {
        var folder = Directory.CreateTempSubdirectory("bench-network-design-").FullName;
        try
        {
            foreach (var file in ScenarioGenerator.Generate(new GeneratorOptions { Markets = 30, Classes = 5, Modes = 7, Warehouses = 15 }).Files)
            {
                var path = Path.Combine(folder, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Content);
            }

            var scenario = ScenarioLoader.Load(Path.Combine(folder, GeneratedScenario.YamlFile));
            return scenario with
            {
                Planning = new PlanningSettings
                {
                    ValueOfTimePerParcelDay = 0.3,
                    LatePenaltyPerParcel = 2,
                    ServiceLevels = [.. scenario.Markets.Select(m => new ServiceLevel { Market = m.Code, Share = 0.9, WithinDays = 15 })],
                },
            };
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
