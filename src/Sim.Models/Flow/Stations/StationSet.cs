using Sim.Engine.Events;
using Sim.Engine.Resources;
using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;

namespace Sim.Models.Flow.Stations;

/// <summary>
/// One replication's stations, built from a <see cref="CompiledNetwork"/>'s specs in the order the
/// resources were first used (which fixes the order their events are scheduled in, and their rows
/// are reported in): server pools, daily quotas, departure lines and the KPI records of the customs
/// points. Every resource is measured over the observation window (warm-up to horizon). Not
/// thread-safe.
/// </summary>
internal sealed class StationSet
{
    public StationSet(CompiledNetwork network, Simulator simulator, IServerPoolListener pools, IDepartureListener lines, ObservationWindow window)
    {
        Window = window;
        Pools = new ServerPoolStation[network.Pools.Length];
        Quotas = new DailyQuotaStation[network.Quotas.Length];
        Lines = new DepartureStation[network.Lines.Length];
        CustomsPoints = new ResourceKpis[network.CustomsPoints.Length];
        var resources = new List<ResourceKpis>(network.ResourceOrder.Length);
        foreach (var slot in network.ResourceOrder)
        {
            int i = slot.Index;
            resources.Add(slot.Kind switch
            {
                ResourceKind.Servers => (Pools[i] = new ServerPoolStation(network.Pools[i], simulator, pools)).Kpis,
                ResourceKind.DailyThroughput => (Quotas[i] = new DailyQuotaStation(network.Quotas[i], window)).Kpis,
                ResourceKind.DepartureLine => (Lines[i] = new DepartureStation(network.Lines[i], simulator, lines)).Kpis,
                _ => CustomsPoints[i] = new ResourceKpis(network.CustomsPoints[i], ResourceKind.CustomsPoint, double.NaN) { ObservedHours = window.Hours },
            });
        }

        Resources = resources;
    }

    public ObservationWindow Window { get; }

    public ServerPoolStation[] Pools { get; }

    public DailyQuotaStation[] Quotas { get; }

    public DepartureStation[] Lines { get; }

    public ResourceKpis[] CustomsPoints { get; }

    /// <summary>Every resource's KPI record, in report order.</summary>
    public IReadOnlyList<ResourceKpis> Resources { get; }

    /// <summary>Discards what the stations measured so far (the end of the warm-up).</summary>
    public void StartMeasuring()
    {
        foreach (var pool in Pools)
        {
            pool.StartMeasuring();
        }

        foreach (var line in Lines)
        {
            line.StartMeasuring();
        }
    }

    /// <summary>Closes what the server pools and departure lines measured, at the horizon.</summary>
    public void EndObservation()
    {
        foreach (var pool in Pools)
        {
            pool.Finish(Window.Hours);
        }

        foreach (var line in Lines)
        {
            line.Finish(Window.Hours);
        }
    }
}
