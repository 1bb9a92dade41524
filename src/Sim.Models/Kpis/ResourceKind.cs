namespace Sim.Models.Kpis;

/// <summary>What a measured resource of the network is.</summary>
public enum ResourceKind
{
    /// <summary>Servers at a node (hub, warehouse pickers, customs officers).</summary>
    Servers,

    /// <summary>A leg with a daily throughput quota.</summary>
    DailyThroughput,

    /// <summary>A timetabled departure line (a flight, vessel, train or truck service).</summary>
    DepartureLine,

    /// <summary>A customs point (export or import), measured by the time parcels spend in clearance.</summary>
    CustomsPoint,
}
