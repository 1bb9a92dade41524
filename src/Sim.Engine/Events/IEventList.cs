namespace Sim.Engine.Events;

/// <summary>
/// A future-event list: a priority queue of <see cref="ScheduledEvent"/> ordered by time and then
/// sequence, so ties leave in insertion order.
/// </summary>
/// <remarks>
/// Implementations hold entries in arrays and allocate only when they grow, never per event in
/// steady state. They are not thread-safe: one list belongs to one simulator.
/// </remarks>
public interface IEventList
{
    /// <summary>The number of entries held.</summary>
    int Count { get; }

    /// <summary>Adds an entry. Entries may be added in any time order.</summary>
    void Enqueue(in ScheduledEvent scheduledEvent);

    /// <summary>Removes and returns the entry that fires first.</summary>
    /// <exception cref="InvalidOperationException">The list is empty.</exception>
    ScheduledEvent Dequeue();

    /// <summary>Removes the entry that fires first, if there is one.</summary>
    /// <param name="scheduledEvent">The entry removed, or the default when the list is empty.</param>
    /// <returns>False when the list was empty.</returns>
    bool TryDequeue(out ScheduledEvent scheduledEvent);

    /// <summary>Returns the entry that fires first without removing it.</summary>
    /// <exception cref="InvalidOperationException">The list is empty.</exception>
    ScheduledEvent Peek();

    /// <summary>Removes every entry, keeping the storage for reuse.</summary>
    void Clear();
}
