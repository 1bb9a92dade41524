namespace Sim.Models.Customs;

/// <summary>What clearing goods under a <see cref="DutyRegime"/> costs, in the scenario currency. Immutable.</summary>
/// <param name="Duty">Ad-valorem duty.</param>
/// <param name="Tax">VAT or import tax, on value plus duty.</param>
/// <param name="Fee">The regime's fixed fee per declaration (per parcel, or per bulk shipment).</param>
public readonly record struct DutyCharge(double Duty, double Tax, double Fee)
{
    /// <summary>Duty plus tax plus fee.</summary>
    public double Total => Duty + Tax + Fee;
}
