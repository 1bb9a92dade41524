namespace Sim.Models.Scenarios;

/// <summary>
/// The fulfilment policy of one lane, a (market, product class) pair; every demand stream needs one.
/// Key: (market, product class) (<c>fulfilment[US/apparel].policy</c>). Immutable.
/// </summary>
public sealed record LaneFulfilment
{
    /// <summary>Destination market code.</summary>
    public required string Market { get; init; }

    /// <summary>Product class id.</summary>
    public required string ProductClass { get; init; }

    /// <summary>The policy.</summary>
    public required FulfilmentPolicySpec Policy { get; init; }
}
