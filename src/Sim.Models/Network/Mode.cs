using Sim.Models.Customs;

namespace Sim.Models.Network;

/// <summary>
/// A mode is a route template: the ordered <see cref="Legs"/> a parcel (or, for
/// <see cref="ModeKind.Replenishment"/>, a bulk shipment) goes through. Which origins and markets it
/// serves is given by the scenario's lanes. Key: <see cref="Id"/>. Immutable and thread-safe.
/// </summary>
public sealed record Mode
{
    /// <summary>Unique key (e.g. <c>express</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Human-readable name; defaults to the id.</summary>
    public required string Name { get; init; }

    /// <summary>The family, for KPI grouping and rule-based choice.</summary>
    public required ModeKind Kind { get; init; }

    /// <summary>The legs in travel order; at least one, ids unique.</summary>
    public required IReadOnlyList<Leg> Legs { get; init; }

    /// <summary>Heaviest parcel accepted, kg; null means no limit (postal small packets: 2 kg).</summary>
    public double? MaxWeightKg { get; init; }

    /// <summary>Highest declared value accepted, scenario currency; null means no limit.</summary>
    public double? MaxValue { get; init; }

    /// <summary>The channel its goods enter a market by, which picks the duty regimes that apply; null means <see cref="ModeKindFacts.DefaultDutyChannel"/> of its kind.</summary>
    public DutyChannel? CustomsChannel { get; init; }

    /// <summary>The channel that applies: <see cref="CustomsChannel"/>, else its kind's default.</summary>
    public DutyChannel Channel => CustomsChannel ?? Kind.DefaultDutyChannel();
}
