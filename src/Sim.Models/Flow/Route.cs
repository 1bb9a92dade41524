namespace Sim.Models.Flow;

/// <summary>A mode's legs compiled for one (origin, market): what a parcel on it goes through. Immutable.</summary>
internal sealed class Route
{
    public required int Index { get; init; }

    public required MarketRules Market { get; init; }

    public required RouteLeg[] Legs { get; init; }

    /// <summary>The KPI group of orders on it; -1 for replenishment and reverse routes.</summary>
    public required int Group { get; init; }

    public double ExpectedHours
    {
        get
        {
            double sum = 0;
            foreach (var leg in Legs)
            {
                sum += leg.ExpectedHours;
            }

            return sum;
        }
    }
}
