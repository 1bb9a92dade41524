using Sim.Engine.Time;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Flow.Compilation;

/// <summary>
/// One leg of a <see cref="CompiledRoute"/>, with everything resolved that the scenario leaves to
/// context: its time (a lane's transit time on line-haul legs), its cost (after rate cards), its
/// KPI bucket (returns on reverse routes), its station (servers, quota, departures or none) and, on
/// customs legs, its clearance. Immutable and thread-safe; a replication attaches its own stations and
/// random streams to it.
/// </summary>
public sealed class CompiledLeg
{
    internal CompiledLeg(Leg spec, string modeId, DistributionSpec time, LegCost cost, CostCategory category, double distanceKm, string streamScope)
    {
        Spec = spec;
        ModeId = modeId;
        Time = time;
        Sampler = TickSampler.From(time);
        Cost = cost;
        Category = category;
        Co2PerKg = spec.Emissions.KgCo2ePerTonneKm * distanceKm / 1000.0;
        VisibilityDelayTicks = (long)Math.Round(spec.Tracking.VisibilityDelayHours * SimDuration.TicksPerHour);
        EndMilestone = spec.Tracking.ProducesScan ? MilestoneBit(spec.Tracking.Milestone ?? spec.Kind.DefaultMilestone()) : (byte)0;
        StartMilestone = spec.Tracking.ProducesScan ? MilestoneBit(spec.Tracking.StartMilestone ?? spec.Kind.DefaultStartMilestone()) : (byte)0;
        TransitStream = "transit/" + modeId + "/" + spec.Id + streamScope;
        LossStream = "loss/" + modeId + "/" + spec.Id + streamScope;
        DamageStream = "damage/" + modeId + "/" + spec.Id + streamScope;
        RemoteStream = "remote/" + modeId + "/" + spec.Id + streamScope;
    }

    /// <summary>The leg as the scenario states it.</summary>
    public Leg Spec { get; }

    /// <summary>The id of the mode the leg belongs to.</summary>
    public string ModeId { get; }

    /// <summary>The station a parcel meets on the leg.</summary>
    public StationKind Station { get; internal init; }

    /// <summary>Processing (or, on line-haul, transit) time per parcel: a lane's transit time replaces the leg's on line-haul legs.</summary>
    public DistributionSpec Time { get; }

    /// <summary>The cost that applies: a rate-card row for the route's market, else the leg's own.</summary>
    public LegCost Cost { get; }

    /// <summary>The KPI bucket of <see cref="Cost"/>: the leg's, or returns on a reverse route.</summary>
    public CostCategory Category { get; }

    /// <summary>Probability in [0, 1] that a parcel is lost on the leg.</summary>
    public double LossProbability => Spec.LossProbability;

    /// <summary>Probability in [0, 1] that a parcel is damaged on the leg.</summary>
    public double DamageProbability => Spec.DamageProbability;

    /// <summary>kg CO2e per kg carried: the per-tonne-km factor × the distance (a lane's on line-haul legs) / 1000.</summary>
    public double Co2PerKg { get; }

    /// <summary>kg CO2e per parcel.</summary>
    public double Co2PerParcel => Spec.Emissions.KgCo2ePerParcel;

    /// <summary>True on a timetabled line-haul leg: the parcel waits for a departure, then travels; on other timetabled legs it is processed first, then waits.</summary>
    public bool TravelsAfterDeparture => Timetable is not null && Spec.Kind.IsLinehaul();

    /// <summary>What the leg's station can pass per day, for planning; null for a pure delay or a line without a capacity limit.</summary>
    public StationCapacity? Capacity { get; internal init; }

    /// <summary>The resource key of the leg's station (<c>servers=…</c>, <c>quota=…</c>, <c>line=MODE/LEG/MARKET</c>), shared by every route that uses it; null for a pure delay.</summary>
    public Kpis.GroupKey? StationKey { get; internal init; }

    /// <summary>Departures per day of the leg's timetable, averaged over its cycle; 0 without a timetable. A departure's <c>per_shipment</c> cost is shared by the parcels on it.</summary>
    public double DeparturesPerDay => Timetable is { } timetable ? (double)timetable.OffsetTicks.Length * SimDuration.TicksPerDay / timetable.PeriodTicks : 0;

    /// <summary>The share in [0, 1] of parcels on the leg that go to remote addresses and pay <see cref="RemoteSurcharge"/>: its zone's remote share on last-mile legs with a surcharge, else 0.</summary>
    public double RemoteShare { get; internal init; }

    /// <summary>The surcharge per parcel to a remote address, scenario currency (the leg's <c>remote_area_surcharge</c>); 0 when <see cref="RemoteShare"/> is 0.</summary>
    public double RemoteSurcharge { get; internal init; }

    /// <summary>The index of the leg's station among the network's stations of its kind; -1 for a delay.</summary>
    internal int StationIndex { get; init; } = -1;

    /// <summary>The leg's timetable on the clock; null when it has none.</summary>
    internal CompiledTimetable? Timetable { get; init; }

    /// <summary>The clearance at the leg's end on customs legs; null otherwise.</summary>
    internal CompiledCustomsLeg? Customs { get; init; }

    internal TickSampler Sampler { get; }

    internal long VisibilityDelayTicks { get; }

    /// <summary>The bit (<see cref="MilestoneBit"/>) of the milestone the leg's end scan records; 0 for none.</summary>
    internal byte EndMilestone { get; }

    /// <summary>The bit of the milestone of the scan when a parcel starts the leg; 0 for no start scan.</summary>
    internal byte StartMilestone { get; }

    /// <summary>The bit that stands for <paramref name="milestone"/> in a parcel's record; 0 for none.</summary>
    internal static byte MilestoneBit(TrackingMilestone milestone) => milestone == TrackingMilestone.None ? (byte)0 : (byte)(1 << ((int)milestone - 1));

    internal string TransitStream { get; }

    internal string LossStream { get; }

    internal string DamageStream { get; }

    /// <summary>The leg's stream of remote-address draws (<c>remote/MODE/LEG</c>).</summary>
    internal string RemoteStream { get; }
}
