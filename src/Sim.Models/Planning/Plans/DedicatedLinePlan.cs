namespace Sim.Models.Planning.Plans;

/// <summary>How often a dedicated line departs. Key: <see cref="Mode"/>. Immutable.</summary>
public sealed record DedicatedLinePlan
{
    /// <summary>Mode id of kind dedicated line.</summary>
    public required string Mode { get; init; }

    /// <summary>Departures per week of its line-haul leg; at least 1.</summary>
    public required int WeeklyDepartures { get; init; }
}
