using Sim.Engine.Randomness;
using Sim.Models.Flow.Compilation;

namespace Sim.Models.Flow.Stations;

/// <summary>
/// A leg with no shared resource: the parcel is done a draw of the leg's time after it is ready. No
/// event is needed, so consecutive delays are folded into one step. Stateless; allocates nothing.
/// </summary>
internal static class DelayStation
{
    /// <summary>When a parcel ready at <paramref name="readyTicks"/> is done with the leg.</summary>
    public static long Pass(long readyTicks, CompiledLeg leg, RandomStream transit) => readyTicks + leg.Sampler.Sample(transit);
}
