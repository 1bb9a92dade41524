using Sim.Models.Customs;

namespace Sim.Models.Network;

/// <summary>
/// A destination market (a country): where its parcels clear import customs, its last-mile zone,
/// its import customs profile and its duty regimes over time. Key: <see cref="Code"/>
/// (<c>markets[US].duty_regimes[0].de_minimis</c>). Immutable and thread-safe.
/// </summary>
public sealed record Market
{
    /// <summary>ISO 3166-1 alpha-2 country code, upper case (e.g. <c>US</c>); unique.</summary>
    public required string Code { get; init; }

    /// <summary>Human-readable name; defaults to the code.</summary>
    public required string Name { get; init; }

    /// <summary>Id of the <see cref="NodeKind.ImportCustomsPoint"/> node where parcels clear.</summary>
    public required string ImportCustomsNode { get; init; }

    /// <summary>Id of the <see cref="NodeKind.LastMileZone"/> node that delivers.</summary>
    public required string LastMileZone { get; init; }

    /// <summary>Id of the <see cref="CustomsProfile"/> used by import customs legs that name none.</summary>
    public required string ImportCustomsProfile { get; init; }

    /// <summary>
    /// Duty regimes by effective date, ascending, at least one. A regime applies from its
    /// <see cref="DutyRegime.EffectiveFrom"/> until the next regime's date; before the first one the
    /// first applies. <see cref="DutyRegimeSchedule"/> picks the regime in force.
    /// </summary>
    public required IReadOnlyList<DutyRegime> DutyRegimes { get; init; }
}
