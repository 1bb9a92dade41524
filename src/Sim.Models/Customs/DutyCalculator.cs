namespace Sim.Models.Customs;

/// <summary>
/// The duty and tax rules of a <see cref="DutyRegime"/>, as pure functions. A parcel declared on its
/// own pays no duty at or below the regime's de minimis and no tax at or below its tax de minimis;
/// otherwise duty = rate × value and tax = tax rate × (value + duty). A consolidated (bulk) declaration
/// is commercial cargo: it pays on its whole value with no de minimis. Every declaration pays the
/// regime's fee once. Stateless and thread-safe.
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
        double duty = bulk || declaredValue > regime.DeMinimis ? regime.DutyRate * declaredValue : 0;
        double tax = bulk || declaredValue > regime.TaxDeMinimis ? regime.TaxRate * (declaredValue + duty) : 0;
        return new DutyCharge(duty, tax, regime.PerParcelFee);
    }
}
