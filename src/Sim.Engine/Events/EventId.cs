using Sim.Engine.Time;

namespace Sim.Engine.Events;

/// <summary>Identifies one scheduled event of one <see cref="Simulator"/>, for cancelling it.</summary>
/// <param name="Time">When the event fires.</param>
/// <param name="Sequence">Its insertion sequence, unique per simulator.</param>
public readonly record struct EventId(SimTime Time, long Sequence);
