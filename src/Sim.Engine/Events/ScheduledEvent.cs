using System.Runtime.CompilerServices;
using Sim.Engine.Time;

namespace Sim.Engine.Events;

/// <summary>
/// One entry of the future-event list: when it fires, its place in the insertion order, and what
/// to call. A small unmanaged struct, so event lists hold it inline with no allocation per event.
/// </summary>
/// <remarks>
/// Entries are ordered by <see cref="Time"/> and then <see cref="Sequence"/>; the sequence is the
/// simulator's insertion counter, so two events at the same time fire first-in-first-out and a
/// run is deterministic.
/// </remarks>
/// <param name="Time">When the event fires.</param>
/// <param name="Sequence">The insertion counter at scheduling time; unique per simulator.</param>
/// <param name="Handler">Index of the handler registered with the simulator.</param>
/// <param name="Kind">A handler-defined event code.</param>
/// <param name="Data">A handler-defined payload, typically the index of an entity.</param>
public readonly record struct ScheduledEvent(SimTime Time, long Sequence, int Handler, int Kind, long Data) : IComparable<ScheduledEvent>
{
    /// <summary>Whether this event fires before <paramref name="other"/> (earlier time, then lower sequence).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool FiresBefore(in ScheduledEvent other) =>
        Time.Ticks < other.Time.Ticks || (Time.Ticks == other.Time.Ticks && Sequence < other.Sequence);

    /// <summary>Orders by time, then sequence: negative when this event fires first.</summary>
    public int CompareTo(ScheduledEvent other)
    {
        int byTime = Time.Ticks.CompareTo(other.Time.Ticks);
        return byTime != 0 ? byTime : Sequence.CompareTo(other.Sequence);
    }

    /// <summary>Whether <paramref name="left"/> fires before <paramref name="right"/>.</summary>
    public static bool operator <(ScheduledEvent left, ScheduledEvent right) => left.FiresBefore(right);

    /// <summary>Whether <paramref name="left"/> fires after <paramref name="right"/>.</summary>
    public static bool operator >(ScheduledEvent left, ScheduledEvent right) => right.FiresBefore(left);

    /// <summary>Whether <paramref name="left"/> fires before <paramref name="right"/> or is the same event.</summary>
    public static bool operator <=(ScheduledEvent left, ScheduledEvent right) => !right.FiresBefore(left);

    /// <summary>Whether <paramref name="left"/> fires after <paramref name="right"/> or is the same event.</summary>
    public static bool operator >=(ScheduledEvent left, ScheduledEvent right) => !left.FiresBefore(right);
}
