namespace Sim.Models.Customs;

/// <summary>
/// The duty and tax rules of a <see cref="DutyRegime"/>, as pure functions. A parcel declared on its
/// own pays no duty at or below the regime's de minimis and no tax at or below its tax de minimis;
/// otherwise duty = rate × value (× the value above the de minimis when the regime's duty base is the
/// excess) and tax = tax rate × (value + duty). A consolidated (bulk) declaration is commercial cargo:
/// it pays duty on its whole value with no de minimis, and its tax only when the regime does not make
/// import tax recoverable. Every declaration pays the regime's fee once. Goods sold from stock already
/// imported pay the regime's sale tax at sale (<see cref="SaleTax"/>). Stateless and thread-safe.
/// </summary>
public static class DutyCalculator
{
    /// <summary>How goods clear: the leg's own clearance when it sets one, else the regime's.</summary>
    /// <param name="regime">The regime in force.</param>
    /// <param name="legClearance">The customs leg's clearance, or null to keep the regime's.</param>
    /// <exception cref="ArgumentNullException"><paramref name="regime"/> is null.</exception>
    public static ClearanceMode ClearanceUnder(DutyRegime regime, ClearanceMode? legClearance)
    {
        ArgumentNullException.ThrowIfNull(regime);
        return legClearance ?? regime.Clearance;
    }

    /// <summary>What one declaration of goods of <paramref name="declaredValue"/> owes under <paramref name="regime"/>.</summary>
    /// <param name="regime">The regime in force on the clearance date.</param>
    /// <param name="declaredValue">The declared value of the goods (units × unit value), zero or more, scenario currency.</param>
    /// <param name="clearance">Per parcel (de minimis applies) or bulk (it does not).</param>
    /// <returns>Duty, tax and fee.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regime"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="declaredValue"/> is negative or not finite.</exception>
    public static DutyCharge Assess(DutyRegime regime, double declaredValue, ClearanceMode clearance)
    {
        ArgumentNullException.ThrowIfNull(regime);
        if (!(declaredValue >= 0 && double.IsFinite(declaredValue)))
        {
            throw new ArgumentOutOfRangeException(nameof(declaredValue), declaredValue, "A declared value is finite and zero or more.");
        }

        bool bulk = clearance == ClearanceMode.Bulk;
        double duty = bulk ? regime.DutyRate * declaredValue
            : declaredValue <= regime.DeMinimis ? 0
            : regime.DutyRate * (regime.DutyBase == DutyBase.Excess ? declaredValue - regime.DeMinimis : declaredValue);
        double tax = bulk ? (regime.ImportTaxRecoverable ? 0 : regime.TaxRate * (declaredValue + duty))
            : declaredValue > regime.TaxDeMinimis ? regime.TaxRate * (declaredValue + duty) : 0;
        return new DutyCharge(duty, tax, regime.PerParcelFee);
    }

    /// <summary>The VAT or sales tax an order of <paramref name="retailValue"/> sold from stock in the market owes under <paramref name="regime"/>.</summary>
    /// <param name="regime">The regime in force on the sale date.</param>
    /// <param name="retailValue">The order's retail value, zero or more, scenario currency.</param>
    /// <returns>The regime's sale tax rate × <paramref name="retailValue"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regime"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retailValue"/> is negative or not finite.</exception>
    public static double SaleTax(DutyRegime regime, double retailValue)
    {
        ArgumentNullException.ThrowIfNull(regime);
        if (!(retailValue >= 0 && double.IsFinite(retailValue)))
        {
            throw new ArgumentOutOfRangeException(nameof(retailValue), retailValue, "A retail value is finite and zero or more.");
        }

        return regime.SaleTaxRate * retailValue;
    }
}
