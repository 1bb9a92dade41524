namespace Sim.Models.Flow.Compilation;

/// <summary>
/// The station a parcel meets on a compiled leg, chosen by the leg's capacity and timetable (not by
/// its kind): the flow model dispatches on this tag in one place.
/// </summary>
public enum StationKind : byte
{
    /// <summary>No shared resource: the leg's time is sampled directly (consecutive delays cost no event).</summary>
    Delay,

    /// <summary>Parallel servers with one FIFO queue: the leg's own servers, or its node's.</summary>
    ServerPool,

    /// <summary>A quota of parcels per day, booked day by day (no queue, no event).</summary>
    DailyQuota,

    /// <summary>Timetabled departures with a cut-off and a capacity per departure.</summary>
    Departure,
}
