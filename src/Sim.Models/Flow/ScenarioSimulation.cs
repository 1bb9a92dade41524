using Sim.Engine.Randomness;
using Sim.Engine.Replications;
using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;
using Sim.Models.Scenarios;

namespace Sim.Models.Flow;

/// <summary>
/// The library entry point: a scenario (and optional overrides) in, KPIs out. The scenario is compiled
/// once and its replications share the compiled network. Stateless and thread-safe; results depend
/// only on the arguments (not on the thread count).
/// </summary>
public static class ScenarioSimulation
{
    /// <summary>Runs replication <paramref name="replication"/> of <paramref name="scenario"/>.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="rootSeed">The study's root seed; every random stream derives from it, the replication and its name.</param>
    /// <param name="replication">The replication index, zero or more.</param>
    /// <param name="overrides">Fulfilment and stock policies replacing the scenario's; null for none.</param>
    /// <returns>What the replication measured.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="replication"/> is negative.</exception>
    /// <exception cref="ArgumentException">An override names something the scenario does not have.</exception>
    public static ReplicationKpis RunReplication(Scenario scenario, ulong rootSeed, int replication, FlowOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegative(replication);
        return RunReplication(RouteCompiler.Compile(scenario, overrides), rootSeed, replication);
    }

    /// <summary>Runs replication <paramref name="replication"/> of a compiled network.</summary>
    /// <param name="network">The compiled scenario.</param>
    /// <param name="rootSeed">The study's root seed.</param>
    /// <param name="replication">The replication index, zero or more.</param>
    /// <returns>What the replication measured.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="replication"/> is negative.</exception>
    public static ReplicationKpis RunReplication(CompiledNetwork network, ulong rootSeed, int replication) => RunReplication(network, rootSeed, replication, 0);

    /// <summary>Runs replication <paramref name="replication"/> of a compiled network, tracing a sample of its orders.</summary>
    /// <param name="network">The compiled scenario.</param>
    /// <param name="rootSeed">The study's root seed.</param>
    /// <param name="replication">The replication index, zero or more.</param>
    /// <param name="traceSampleRate">Share in [0, 1] of the orders whose milestone times go to <see cref="ReplicationKpis.Trace"/>, chosen by a hash of the replication and the order's index (the same whatever the threads); 0 traces none, at no cost.</param>
    /// <returns>What the replication measured.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="replication"/> is negative, or <paramref name="traceSampleRate"/> is not in [0, 1].</exception>
    public static ReplicationKpis RunReplication(CompiledNetwork network, ulong rootSeed, int replication, double traceSampleRate)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentOutOfRangeException.ThrowIfNegative(replication);
        if (!(traceSampleRate >= 0 && traceSampleRate <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(traceSampleRate), traceSampleRate, "A trace sample rate is in [0, 1].");
        }

        var streams = new RandomStreams(rootSeed).ForReplication(replication);
        return new ParcelFlowModel(network, streams) { Trace = traceSampleRate > 0 ? new ParcelTrace(network, replication, traceSampleRate) : null }.Run();
    }

    /// <summary>Runs replications 0 to <paramref name="replications"/> − 1 in parallel and merges them.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="seed">The study's root seed.</param>
    /// <param name="replications">How many, at least one.</param>
    /// <param name="threads">Replications run at once; zero or less means one per core.</param>
    /// <param name="cancellationToken">Stops starting new replications when cancelled.</param>
    /// <returns>The KPI rows with 95% confidence intervals over replications.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="replications"/> is below one.</exception>
    public static KpiSummary Run(Scenario scenario, ulong seed, int replications, int threads, CancellationToken cancellationToken = default) =>
        Run(scenario, seed, replications, threads, FlowOverrides.None, cancellationToken);

    /// <summary>Runs replications 0 to <paramref name="replications"/> − 1 of <paramref name="scenario"/> with <paramref name="overrides"/> applied, in parallel, and merges them.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="seed">The study's root seed.</param>
    /// <param name="replications">How many, at least one.</param>
    /// <param name="threads">Replications run at once; zero or less means one per core.</param>
    /// <param name="overrides">Fulfilment and stock policies replacing the scenario's (a plan).</param>
    /// <param name="cancellationToken">Stops starting new replications when cancelled.</param>
    /// <returns>The KPI rows with 95% confidence intervals over replications.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> or <paramref name="overrides"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="replications"/> is below one.</exception>
    /// <exception cref="ArgumentException">An override names something the scenario does not have.</exception>
    public static KpiSummary Run(Scenario scenario, ulong seed, int replications, int threads, FlowOverrides overrides, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        var network = RouteCompiler.Compile(scenario, overrides);
        var results = new ReplicationRunner(threads).Run(replications, i => RunReplication(network, seed, i), cancellationToken);
        return KpiSummary.FromReplications(results);
    }
}
