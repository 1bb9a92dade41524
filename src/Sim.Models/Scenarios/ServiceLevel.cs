namespace Sim.Models.Scenarios;

/// <summary>
/// What a plan must achieve in one market, in expectation over its orders: the probability of
/// delivery within the product's promise (every order counts, lost and seized ones as not on time)
/// and/or the mean days from order to delivery. At least one is set. Key: <see cref="Market"/>. Immutable.
/// </summary>
public sealed record ServiceLevel
{
    /// <summary>Market code.</summary>
    public required string Market { get; init; }

    /// <summary>Least on-time probability, in [0, 1]; null for no such target.</summary>
    public double? OnTime { get; init; }

    /// <summary>Most mean delivery days, positive; null for no such target.</summary>
    public double? MeanDays { get; init; }
}
