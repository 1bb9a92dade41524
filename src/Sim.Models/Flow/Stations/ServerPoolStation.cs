using Sim.Engine.Events;
using Sim.Engine.Resources;
using Sim.Engine.Time;
using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;

namespace Sim.Models.Flow.Stations;

/// <summary>
/// A pool of servers shared by the legs that name it: a parcel waits in one FIFO queue for a free
/// server and is processed for the leg's time, drawn on arrival. Measures utilisation, queue length
/// and waits from the start of measuring. Not thread-safe.
/// </summary>
internal sealed class ServerPoolStation
{
    private readonly ServerPool _pool;

    public ServerPoolStation(ServerPoolSpec spec, Simulator simulator, IServerPoolListener listener)
    {
        _pool = new ServerPool(simulator, spec.Servers, listener);
        Kpis = new ResourceKpis(spec.Key, ResourceKind.Servers, spec.Servers);
    }

    public ResourceKpis Kpis { get; }

    /// <summary>A parcel arrives now; the listener hears when its service of <paramref name="serviceTicks"/> ends.</summary>
    public void Arrive(int slot, long serviceTicks) => _pool.Arrive(slot, new SimDuration(serviceTicks));

    /// <summary>Discards what was measured so far (the end of the warm-up).</summary>
    public void StartMeasuring() => _pool.ResetStatistics();

    /// <summary>Writes what was measured into <see cref="Kpis"/>.</summary>
    public void Finish(double observedHours)
    {
        _pool.FinishStatistics();
        Kpis.ObservedHours = observedHours;
        Kpis.BusyArea = _pool.BusyServers.Area;
        Kpis.QueueArea = _pool.QueueLength.Area;
        Kpis.WaitHours.Merge(_pool.Waits);
    }
}
