using Sim.Engine.Optimisation;
using Sim.Engine.Replications;
using Sim.Models.Flow;
using Sim.Models.Kpis;
using Sim.Models.Planning.Plans;
using Sim.Models.Scenarios;
using Sim.Runner.Progress;

namespace Sim.Runner.Commands;

/// <summary>
/// What every planning and simulation step of one <c>sim optimise</c> shares: the scenario, the seed and
/// replications (every plan is simulated with the same random numbers), the threads, the solver
/// options and the progress display. Not thread-safe.
/// </summary>
internal sealed class Study(Scenario scenario, OptimiseRequest request, ProgressReporter progress)
{
    public Scenario Scenario { get; } = scenario;

    public ulong Seed { get; } = request.Seed ?? scenario.Seed;

    public int Replications { get; } = request.Replications ?? scenario.Replications;

    public int Threads { get; } = request.Threads ?? Environment.ProcessorCount;

    public SolverOptions SolverOptions { get; } = new()
    {
        TimeLimit = request.TimeLimit is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        RelativeGap = request.Gap ?? 0.0,
        Threads = request.Threads ?? Environment.ProcessorCount,
        LogLevel = request.Verbose ? 1 : 0,
    };

    /// <summary>Simulates the scenario under <paramref name="overrides"/>, replications in parallel, with progress.</summary>
    /// <returns>The merged KPIs and each replication's record.</returns>
    public (KpiSummary Summary, ReplicationKpis[] Replications) Simulate(string label, FlowOverrides overrides)
    {
        var network = Sim.Models.Flow.Compilation.RouteCompiler.Compile(Scenario, overrides);
        var runner = new ReplicationRunner(Math.Min(Threads, Replications));
        var results = progress.Run(label, Replications, "replications", advance => runner.Run(Replications, i =>
        {
            var result = ScenarioSimulation.RunReplication(network, Seed, i);
            advance();
            return result;
        }));
        return (KpiSummary.FromReplications(results), results);
    }

    /// <summary>Simulates the scenario under <paramref name="plan"/>.</summary>
    public KpiSummary SimulatePlan(string label, Plan plan) => Simulate(label, PlanOverrides.For(plan, Scenario)).Summary;
}
