namespace Sim.Models.Planning.Plans;

/// <summary>What the planner expects of a plan in one market; every figure optional. Key: <see cref="Market"/>. Immutable.</summary>
public sealed record MarketFigures
{
    /// <summary>Market code.</summary>
    public required string Market { get; init; }

    /// <summary>Expected landed cost per parcel to the market; zero or more.</summary>
    public double? CostPerParcel { get; init; }

    /// <summary>Expected mean days from order to delivery in the market; zero or more.</summary>
    public double? MeanDays { get; init; }

    /// <summary>Expected probability of delivery within the promise in the market, in [0, 1].</summary>
    public double? OnTimeProbability { get; init; }
}
