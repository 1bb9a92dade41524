namespace Sim.Models.Customs;

/// <summary>
/// A market's import duty and tax rules from a date on, for the goods it applies to (every channel and
/// origin unless <see cref="Channels"/> or <see cref="Origins"/> narrow it). A parcel whose declared
/// value is at or below <see cref="DeMinimis"/> pays no duty; at or below <see cref="TaxDeMinimis"/> no
/// tax. Otherwise it pays <see cref="DutyRate"/> × value (× the excess over the de minimis when
/// <see cref="DutyBase"/> is <see cref="Customs.DutyBase.Excess"/>) and <see cref="TaxRate"/> × (value +
/// duty). Every parcel cleared pays <see cref="PerParcelFee"/>. Goods sold from stock already imported
/// into the market pay <see cref="SaleTaxRate"/> × retail value at sale. Money in the scenario
/// currency. Equal when every field is (the channel and origin lists element by element). Immutable.
/// </summary>
public sealed record DutyRegime
{
    /// <summary>First day the regime applies.</summary>
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>The channels the regime applies to; empty means every channel.</summary>
    public IReadOnlyList<DutyChannel> Channels { get; init; } = [];

    /// <summary>The origin countries (ISO 3166-1 alpha-2) of the goods it applies to; empty means every origin.</summary>
    public IReadOnlyList<string> Origins { get; init; } = [];

    /// <summary>Duty-free threshold on declared value; 0 means no de minimis (every parcel pays duty). Zero or more.</summary>
    public double DeMinimis { get; init; }

    /// <summary>Tax-free (VAT, GST, sales tax) threshold on declared value; 0 means every parcel pays tax. Zero or more.</summary>
    public double TaxDeMinimis { get; init; }

    /// <summary>Ad-valorem duty rate, zero or more (0.25 = 25%; above 1 a duty larger than the value, as the US charged in 2025).</summary>
    public double DutyRate { get; init; }

    /// <summary>What <see cref="DutyRate"/> applies to on a parcel above the de minimis; default the whole value. Bulk clearance pays on the whole value.</summary>
    public DutyBase DutyBase { get; init; } = DutyBase.Value;

    /// <summary>VAT or import tax rate in [0, 1], applied to value plus duty.</summary>
    public double TaxRate { get; init; }

    /// <summary>
    /// True when the import tax on a bulk (commercial) import is recoverable by the registered importer
    /// (input VAT): it is then no cost of the import. Parcels cleared one by one pay it either way.
    /// </summary>
    public bool ImportTaxRecoverable { get; init; }

    /// <summary>
    /// VAT or sales tax rate in [0, 1] on the retail value of an order sold from stock already imported into
    /// the market (a warehouse mode whose route has no import clearance charging duties), booked when the
    /// order is sold; default 0.
    /// </summary>
    public double SaleTaxRate { get; init; }

    /// <summary>Fixed fee per parcel cleared (postal or broker fee), zero or more.</summary>
    public double PerParcelFee { get; init; }

    /// <summary>How direct-mode parcels clear unless a leg overrides it; default per parcel.</summary>
    public ClearanceMode Clearance { get; init; } = ClearanceMode.PerParcel;

    /// <summary>True when the regime applies to goods of <paramref name="originCountry"/> entering by <paramref name="channel"/>.</summary>
    /// <param name="channel">The channel of the goods.</param>
    /// <param name="originCountry">The country the goods come from (ISO 3166-1 alpha-2).</param>
    public bool AppliesTo(DutyChannel channel, string originCountry) =>
        (Channels.Count == 0 || Channels.Contains(channel))
        && (Origins.Count == 0 || Origins.Contains(originCountry, StringComparer.Ordinal));

    /// <summary>True when the regime names neither channels nor origins, so applies to every parcel.</summary>
    public bool AppliesToAll => Channels.Count == 0 && Origins.Count == 0;

    /// <summary>True when <paramref name="other"/> has the same value in every field, lists compared element by element.</summary>
    /// <param name="other">Another regime, or null.</param>
    public bool Equals(DutyRegime? other) =>
        other is not null
        && EffectiveFrom == other.EffectiveFrom
        && Channels.SequenceEqual(other.Channels)
        && Origins.SequenceEqual(other.Origins, StringComparer.Ordinal)
        && DeMinimis.Equals(other.DeMinimis)
        && TaxDeMinimis.Equals(other.TaxDeMinimis)
        && DutyRate.Equals(other.DutyRate)
        && DutyBase == other.DutyBase
        && TaxRate.Equals(other.TaxRate)
        && ImportTaxRecoverable == other.ImportTaxRecoverable
        && SaleTaxRate.Equals(other.SaleTaxRate)
        && PerParcelFee.Equals(other.PerParcelFee)
        && Clearance == other.Clearance;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(EffectiveFrom, Channels.Count, Origins.Count, DeMinimis, DutyRate, TaxRate, SaleTaxRate, PerParcelFee);
}
