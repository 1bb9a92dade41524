namespace Sim.Models.Network;

/// <summary>
/// One row of a rate card: the cost of leg <see cref="Leg"/> of mode <see cref="Mode"/> for parcels to
/// <see cref="Market"/>, replacing the leg's default <see cref="Network.Leg.Cost"/>. Key: (mode, leg, market). Immutable.
/// </summary>
public sealed record RateCardEntry
{
    /// <summary>Mode id.</summary>
    public required string Mode { get; init; }

    /// <summary>Leg id within the mode.</summary>
    public required string Leg { get; init; }

    /// <summary>Destination market code.</summary>
    public required string Market { get; init; }

    /// <summary>The cost that applies.</summary>
    public required LegCost Cost { get; init; }
}
