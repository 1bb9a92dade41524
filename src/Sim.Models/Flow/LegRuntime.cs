using Sim.Engine.Randomness;
using Sim.Models.Flow.Compilation;
using Sim.Models.Flow.Stations;

namespace Sim.Models.Flow;

/// <summary>A compiled leg with one replication's random streams and customs station attached. Not thread-safe.</summary>
internal sealed class LegRuntime
{
    public LegRuntime(CompiledLeg spec, ReplicationStreams streams, CustomsStation? customs)
    {
        Spec = spec;
        Transit = streams.Stream(spec.TransitStream);
        Loss = streams.Stream(spec.LossStream);
        Damage = streams.Stream(spec.DamageStream);
        Remote = spec.RemoteShare > 0 ? streams.Stream(spec.RemoteStream) : null;
        Customs = customs;
    }

    public CompiledLeg Spec { get; }

    /// <summary>The leg's stream of times (<c>transit/MODE/LEG</c>).</summary>
    public RandomStream Transit { get; }

    /// <summary>The leg's stream of loss draws (<c>loss/MODE/LEG</c>).</summary>
    public RandomStream Loss { get; }

    /// <summary>The leg's stream of damage draws (<c>damage/MODE/LEG</c>).</summary>
    public RandomStream Damage { get; }

    /// <summary>The leg's stream of remote-address draws (<c>remote/MODE/LEG</c>); null when no parcel on it pays a remote-area surcharge.</summary>
    public RandomStream? Remote { get; }

    public CustomsStation? Customs { get; }

    /// <summary>The legs of <paramref name="route"/> with this replication's streams and customs stations.</summary>
    public static LegRuntime[] Attach(CompiledRoute route, ReplicationStreams streams, StationSet stations) =>
        [.. route.LegArray.Select(leg => new LegRuntime(
            leg,
            streams,
            leg.Customs is { } customs ? new CustomsStation(customs, streams.Stream(customs.StreamName), stations.CustomsPoints[customs.Point], stations.Window) : null))];
}
