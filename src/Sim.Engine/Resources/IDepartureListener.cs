using Sim.Engine.Time;

namespace Sim.Engine.Resources;

/// <summary>Told when an item leaves on a departure of a <see cref="TimetabledDeparture"/>.</summary>
public interface IDepartureListener
{
    /// <summary>Called at the departure time, once for each item loaded, in loading order.</summary>
    /// <param name="line">The departure line.</param>
    /// <param name="item">The item id given to <see cref="TimetabledDeparture.Tender"/>.</param>
    /// <param name="departure">The departure time (the simulator's current time).</param>
    void Departed(TimetabledDeparture line, long item, SimTime departure);
}
