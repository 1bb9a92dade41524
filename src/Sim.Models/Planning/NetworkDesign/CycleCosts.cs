using MathNet.Numerics.Distributions;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// The linear costs of replenishing one stock option by one replenishment option with shipments every
/// <see cref="CycleDays"/> days (an (s,S) policy reviewed daily, or an (R,S) policy reviewed every cycle), as functions of the flow x (units per day) and of whether the cycle is
/// chosen (y): cost per day = <see cref="FixedPerDay"/>·y + <see cref="PerUnit"/>·x + Σ containers'
/// cost per day·n, with n ≥ the containers a shipment of x × cycle units fills;
/// peak stock ≈ <see cref="StockPerUnit"/>·x + <see cref="StockFixed"/>·y. The safety stock covers the
/// lead time plus the review period, z·σ with σ² = x·(L + R)·dispersion + x²·Var(L) and z the normal
/// quantile of the critical ratio p/(p + h), linearised at the option's reference flow (tangent: σ is
/// concave in x). Pipeline stock (x·L) is charged at the warehouse's holding rate. Immutable.
/// </summary>
/// <param name="CycleDays">Days between shipments.</param>
/// <param name="FixedPerDay">Per-shipment costs and fees over the cycle, plus the holding of the safety stock's intercept.</param>
/// <param name="PerUnit">Per-unit leg costs and duties, plus the holding of cycle stock (T/2), safety stock (slope) and pipeline stock (L), per unit per day of flow.</param>
/// <param name="PipelinePerUnit">The pipeline part of <see cref="PerUnit"/> (the simulation does not charge it).</param>
/// <param name="Containers">Per volume-priced leg: its full-container and LCL pieces.</param>
/// <param name="StockPerUnit">Peak stock per unit of daily flow: the cycle plus the safety stock's slope.</param>
/// <param name="StockFixed">The safety stock's intercept, units.</param>
/// <param name="BaseStock">True for an (R,S) base-stock policy reviewed every cycle (its safety stock covers the lead time plus the cycle); false for (s,S) reviewed daily.</param>
internal sealed record CycleCosts(double CycleDays, double FixedPerDay, double PerUnit, double PipelinePerUnit, IReadOnlyList<CycleFreight> Containers, double StockPerUnit, double StockFixed, bool BaseStock)
{
    /// <summary>Largest safety factor used (the critical ratio of a shortage cost a million times the holding cost).</summary>
    public const double MaxSafetyFactor = 4.75;

    public static CycleCosts Of(StockOption stock, ReplenishmentOption replenishment, double cycleDays, bool baseStock = false)
    {
        double h = stock.HoldingCostPerUnitDay;
        double z = h > 0 ? Math.Clamp(Normal.InvCDF(0, 1, stock.ShortageCostPerUnitDay / (stock.ShortageCostPerUnitDay + h)), 0, MaxSafetyFactor) : 0;
        double x0 = stock.ReferenceUnitsPerDay;
        double protection = replenishment.LeadTimeDays + (baseStock ? cycleDays : 1);
        double sigma = Math.Sqrt((x0 * protection * stock.DemandDispersion) + (x0 * x0 * replenishment.LeadTimeVarianceDays2));
        double slope = sigma > 0 ? ((protection * stock.DemandDispersion) + (2 * x0 * replenishment.LeadTimeVarianceDays2)) / (2 * sigma) : 0;
        double ssSlope = z * slope;
        double ssFixed = Math.Max(0, z * (sigma - (slope * x0)));
        double pipeline = h * replenishment.LeadTimeDays;
        var rates = replenishment.Rates;
        return new CycleCosts(
            cycleDays,
            ((rates.PerShipment + replenishment.DutyPerShipment) / cycleDays) + (h * ssFixed),
            rates.PerUnit + replenishment.DutyPerUnit + (h * cycleDays / 2) + (h * ssSlope) + pipeline,
            pipeline,
            [.. rates.Containers.Select(c => CycleFreight.Of(c, cycleDays, stock.UnitVolumeM3))],
            cycleDays + ssSlope,
            ssFixed,
            baseStock);
    }
}
