namespace Sim.Models.Planning.Plans;

/// <summary>
/// What the planner expects of a plan, overall and per market; every figure optional (null when not
/// stated). Money in the scenario's currency. Immutable.
/// </summary>
public sealed record PlanFigures
{
    /// <summary>Expected landed cost per parcel; zero or more.</summary>
    public double? CostPerParcel { get; init; }

    /// <summary>Expected mean days from order to delivery; zero or more.</summary>
    public double? MeanDays { get; init; }

    /// <summary>Expected probability of delivery within the promise, in [0, 1].</summary>
    public double? OnTimeProbability { get; init; }

    /// <summary>The same figures per market; markets unique.</summary>
    public ValueList<MarketFigures> Markets { get; init; } = [];
}
