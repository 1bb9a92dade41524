namespace Sim.Models.Scenarios;

/// <summary>One mode's share of a lane's orders under a <see cref="SplitSharesPolicy"/>. Immutable.</summary>
public sealed record ModeShare
{
    /// <summary>The mode id.</summary>
    public required string Mode { get; init; }

    /// <summary>Share of orders in [0, 1]; the shares of a policy sum to 1 (within 1e-6).</summary>
    public required double Share { get; init; }
}
