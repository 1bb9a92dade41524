using Sim.Engine.Time;

namespace Sim.Models.Flow.Stations;

/// <summary>
/// The period resources are measured over: from the end of the warm-up to the horizon, in ticks. A
/// resource's utilisation, queue length and counts describe the system while orders arrive, not the
/// drain after the last order. Immutable.
/// </summary>
/// <param name="FromTicks">The end of the warm-up.</param>
/// <param name="ToTicks">The horizon.</param>
internal readonly record struct ObservationWindow(long FromTicks, long ToTicks)
{
    /// <summary>The window's length in hours.</summary>
    public double Hours => Math.Max(0, (double)(ToTicks - FromTicks) / SimDuration.TicksPerHour);

    /// <summary>True when <paramref name="ticks"/> lies in [from, to).</summary>
    public bool Contains(long ticks) => ticks >= FromTicks && ticks < ToTicks;

    /// <summary>The hours of [<paramref name="startTicks"/>, <paramref name="endTicks"/>) inside the window.</summary>
    public double OverlapHours(long startTicks, long endTicks)
    {
        long overlap = Math.Min(endTicks, ToTicks) - Math.Max(startTicks, FromTicks);
        return overlap > 0 ? (double)overlap / SimDuration.TicksPerHour : 0;
    }
}
