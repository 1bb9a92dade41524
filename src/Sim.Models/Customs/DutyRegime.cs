namespace Sim.Models.Customs;

/// <summary>
/// A market's import duty and tax rules from a date on. A parcel whose declared value is at or below
/// <see cref="DeMinimis"/> pays no duty; at or below <see cref="TaxDeMinimis"/> no tax. Otherwise it pays
/// <see cref="DutyRate"/> × value and <see cref="TaxRate"/> × (value + duty). Every parcel cleared pays
/// <see cref="PerParcelFee"/>. Money in the scenario currency. Immutable.
/// </summary>
public sealed record DutyRegime
{
    /// <summary>First day the regime applies.</summary>
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>Duty-free threshold on declared value; 0 means no de minimis (every parcel pays duty). Zero or more.</summary>
    public double DeMinimis { get; init; }

    /// <summary>Tax-free (VAT, GST, sales tax) threshold on declared value; 0 means every parcel pays tax. Zero or more.</summary>
    public double TaxDeMinimis { get; init; }

    /// <summary>Ad-valorem duty rate in [0, 1] (0.25 = 25%).</summary>
    public double DutyRate { get; init; }

    /// <summary>VAT or import tax rate in [0, 1], applied to value plus duty.</summary>
    public double TaxRate { get; init; }

    /// <summary>Fixed fee per parcel cleared (postal or broker fee), zero or more.</summary>
    public double PerParcelFee { get; init; }

    /// <summary>How direct-mode parcels clear unless a leg overrides it; default per parcel.</summary>
    public ClearanceMode Clearance { get; init; } = ClearanceMode.PerParcel;
}
