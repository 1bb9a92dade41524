namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// What the simulation measured beyond a route's expectation, added to the expected figures of every
/// route of one mode into one market (the KPI group <c>mode=M;market=K</c>): congestion, waits for
/// full departures, stock-outs. Immutable.
/// </summary>
/// <param name="MeanDays">Days added to the mean delivery time.</param>
/// <param name="OnTime">Added to the on-time probability (the sum is kept in [0, 1]).</param>
/// <param name="CostPerOrder">Added to the cost per order (shared departure costs, stock-out fallbacks).</param>
public sealed record RouteCorrection(double MeanDays, double OnTime, double CostPerOrder)
{
    /// <summary>No correction.</summary>
    public static RouteCorrection None { get; } = new(0, 0, 0);
}
