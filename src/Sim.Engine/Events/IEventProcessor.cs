namespace Sim.Engine.Events;

/// <summary>
/// Something that reacts to events: a station of a model, a resource, a generator of arrivals.
/// One handler serves many entities, told apart by the event's <c>data</c>.
/// </summary>
public interface IEventProcessor
{
    /// <summary>Handles one event at the simulator's current time.</summary>
    /// <param name="simulator">The simulator, whose <see cref="Simulator.Now"/> is the event's time.</param>
    /// <param name="kind">The handler-defined event code given when it was scheduled.</param>
    /// <param name="data">The handler-defined payload given when it was scheduled.</param>
    void Handle(Simulator simulator, int kind, long data);
}
