namespace Sim.Models.Network;

/// <summary>
/// A place in the network. Its <see cref="Id"/> is the key other records and dotted paths use
/// (<c>nodes[shenzhen].servers</c>). Immutable and thread-safe.
/// </summary>
public sealed record Node
{
    /// <summary>Unique key, lower-case with dashes by convention (e.g. <c>shenzhen</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Human-readable name; defaults to the id.</summary>
    public required string Name { get; init; }

    /// <summary>What the node is.</summary>
    public required NodeKind Kind { get; init; }

    /// <summary>For <see cref="NodeKind.ExportGateway"/> only: airport, seaport, rail terminal, postal exchange or road crossing; null otherwise.</summary>
    public GatewayKind? Gateway { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code of the node's location (e.g. <c>CN</c>).</summary>
    public required string Country { get; init; }

    /// <summary>
    /// Parallel servers at the node (hubs, customs points, warehouse pickers) shared by every leg that
    /// names this node and has no capacity of its own; null means unlimited (a pure delay).
    /// </summary>
    public int? Servers { get; init; }

    /// <summary>
    /// For <see cref="NodeKind.LastMileZone"/> only: the share in [0, 1] of the zone's deliveries that go to
    /// remote addresses, which pay their last-mile leg's <see cref="Leg.RemoteAreaSurcharge"/>; default 0.
    /// </summary>
    public double RemoteShare { get; init; }
}
