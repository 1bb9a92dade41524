namespace Sim.Models.Network;

/// <summary>The sub-kind of an <see cref="NodeKind.ExportGateway"/> node.</summary>
public enum GatewayKind
{
    /// <summary>An airport (air cargo terminal).</summary>
    Airport,

    /// <summary>A container seaport.</summary>
    Seaport,

    /// <summary>A rail freight terminal (e.g. China-Europe rail).</summary>
    RailTerminal,

    /// <summary>A postal exchange office handing dispatches to airlines under postal rules.</summary>
    PostalExchange,

    /// <summary>A road border crossing.</summary>
    RoadCrossing,
}
