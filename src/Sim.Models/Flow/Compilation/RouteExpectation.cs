using Sim.Models.Customs;
using Sim.Models.Demand;
using Sim.Models.Flow.Expectation;
using Sim.Models.Network;

namespace Sim.Models.Flow.Compilation;

/// <summary>
/// What a parcel of one product class (or a replenishment shipment of so many units) on a
/// <see cref="CompiledRoute"/> is expected to cost and take, computed from the route alone, without a
/// simulator: the chances of arriving, being lost, seized or damaged; the expected cost by category
/// and the expected duties and taxes; the delivery time's mean, variance and CDF. The one place
/// expected costs and times are computed: fulfilment policies and planning both use it.
/// </summary>
/// <remarks>
/// <para>
/// Outcomes follow the flow model leg by leg: at the end of a customs leg the goods may be seized
/// (they then pay neither that leg nor any duty); otherwise they pay the leg (a lost parcel pays the leg
/// it was lost on), then may be lost, then damaged. A leg's cost is weighted by the chance of paying
/// it; a last-mile leg's remote-area surcharge counts at its zone's remote share. Per-departure
/// costs (<c>per_shipment</c> on the timetabled legs of order routes) are shared by a departure's
/// parcels, so depend on volume: they are not in <see cref="ExpectedCost"/>. Warehouse modes'
/// holding and replenishment costs are not either: they belong to the warehouse, not the route.
/// </para>
/// <para>
/// Times count no congestion (see <see cref="DeliveryTime"/>): a server pool or daily quota adds its
/// processing time only, a departure has room for everyone. The simulation is the truth planning is
/// checked against. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class RouteExpectation
{
    private readonly double _weightKg;
    private readonly double _volumeM3;
    private readonly double _value;
    private readonly double _declaredValue;

    private RouteExpectation(CompiledRoute route, ProductClass product, int units)
    {
        Route = route;
        Product = product;
        Units = units;
        _weightKg = units * product.WeightKg;
        _volumeM3 = units * product.VolumeM3;
        _value = units * product.Value;
        bool shipment = route.Mode.Kind.IsReplenishment();
        _declaredValue = shipment ? units * product.ImportValue : _value;
        double reach = 1;
        double lost = 0;
        double seized = 0;
        double intact = 1;
        var cost = default(CostBreakdown);
        double co2 = 0;
        foreach (var leg in route.LegArray)
        {
            double seizure = leg.Customs?.Profile.SeizureProbability ?? 0;
            seized += reach * seizure;
            double pays = reach * (1 - seizure);
            cost = cost.Plus(leg.Category, pays * (LegCost(leg.Cost, shipment) + (shipment ? 0 : leg.RemoteShare * leg.RemoteSurcharge)));
            co2 += pays * ((leg.Co2PerKg * _weightKg) + leg.Co2PerParcel);
            lost += pays * leg.LossProbability;
            reach = pays * (1 - leg.LossProbability);
            intact *= 1 - leg.DamageProbability;
        }

        ArrivalProbability = reach;
        LossProbability = lost;
        SeizureProbability = seized;
        DamageProbability = 1 - intact;
        ExpectedCost = cost;
        ExpectedCo2eKg = co2;
    }

    /// <summary>The route.</summary>
    public CompiledRoute Route { get; }

    /// <summary>The product class carried.</summary>
    public ProductClass Product { get; }

    /// <summary>Units per parcel (1 for B2C orders; the units of a B2B order or of a replenishment shipment).</summary>
    public int Units { get; }

    /// <summary>
    /// True when the route is offered to such a parcel: the route's lane exists (a warehouse mode's
    /// warehouse stocks the class) and the mode accepts the parcel's weight and declared value.
    /// </summary>
    public bool IsOffered =>
        Route.LaneExists
        && (!Route.Mode.Kind.IsWarehouseMode() || Route.StockedClasses.Contains(Product.Id))
        && AcceptsParcel;

    /// <summary>
    /// True when the mode accepts the parcel's weight and declared value (its <see cref="Mode.MaxWeightKg"/>
    /// and <see cref="Mode.MaxValue"/>), whether or not the lane exists or the warehouse stocks the class:
    /// what planning asks of a route it may open.
    /// </summary>
    public bool AcceptsParcel =>
        _weightKg <= (Route.Mode.MaxWeightKg ?? double.PositiveInfinity)
        && _value <= (Route.Mode.MaxValue ?? double.PositiveInfinity);

    /// <summary>Probability that the parcel reaches the end of the route (neither lost nor seized).</summary>
    public double ArrivalProbability { get; }

    /// <summary>Probability that it is lost on a leg.</summary>
    public double LossProbability { get; }

    /// <summary>Probability that customs seizes it.</summary>
    public double SeizureProbability { get; }

    /// <summary>Probability that a parcel that arrives is damaged on some leg.</summary>
    public double DamageProbability { get; }

    /// <summary>Expected leg costs by category, per parcel (per shipment on a replenishment route), scenario currency; duties and taxes are in <see cref="ExpectedDutiesAndTaxes"/>.</summary>
    public CostBreakdown ExpectedCost { get; }

    /// <summary>Expected emissions per parcel, kg CO2e.</summary>
    public double ExpectedCo2eKg { get; }

    /// <summary>Expected declared value of goods lost or seized per parcel, scenario currency: (loss + seizure probability) × units × value.</summary>
    public double ExpectedGoodsValueLost => (LossProbability + SeizureProbability) * _value;

    /// <summary>The mean time from the start of the route to its end, hours, for a parcel that arrives.</summary>
    public double MeanDeliveryHours => Route.Delivery.Mean;

    /// <summary>The variance of that time, hours².</summary>
    public double DeliveryVarianceHours2 => Route.Delivery.Variance;

    /// <summary>True when <see cref="DeliveryCdf"/> is exact rather than computed on a lattice.</summary>
    public bool IsDeliveryCdfExact => Route.Delivery.IsExact;

    /// <summary>
    /// Expected duties, taxes and customs fees per parcel (per shipment on a replenishment route) under the
    /// regimes in force on <paramref name="date"/> for the route's channel and goods' origin: on import legs
    /// that charge duties, for goods not seized before, on the retail value of a parcel (de minimis per
    /// parcel) or the customs value of a shipment (none, and import tax only when not recoverable); plus,
    /// on a warehouse mode whose stock is already imported, the sale tax on the retail value, paid at sale.
    /// Returns pay none.
    /// </summary>
    /// <param name="date">The clearance date whose regime applies.</param>
    public double ExpectedDutiesAndTaxes(DateOnly date)
    {
        if (Route.Mode.Kind.IsReverse())
        {
            return 0;
        }

        double reach = 1;
        double total = Route.SaleTaxRegimes is { } saleTax ? DutyCalculator.SaleTax(saleTax.RegimeOn(date), _value) : 0;
        foreach (var leg in Route.LegArray)
        {
            double seizure = leg.Customs?.Profile.SeizureProbability ?? 0;
            if (leg.Customs is { ChargesDuties: true, Regimes: { } regimes } customs)
            {
                var regime = regimes.RegimeOn(date);
                total += reach * (1 - seizure) * DutyCalculator.Assess(regime, _declaredValue, DutyCalculator.ClearanceUnder(regime, customs.Clearance)).Total;
            }

            reach *= (1 - seizure) * (1 - leg.LossProbability);
        }

        return total;
    }

    /// <summary>P(time to the end of the route ≤ <paramref name="hours"/>) for a parcel that arrives.</summary>
    /// <param name="hours">Hours from the start of the route.</param>
    public double DeliveryCdf(double hours) => Route.Delivery.Cdf(hours);

    /// <summary>
    /// P(the parcel arrives within <paramref name="hours"/>): the arrival probability times
    /// <see cref="DeliveryCdf"/>. At the product's promise this is the expected on-time rate, whose
    /// denominator counts every order.
    /// </summary>
    /// <param name="hours">Hours from the start of the route.</param>
    public double ArrivesWithin(double hours) => ArrivalProbability * DeliveryCdf(hours);

    /// <summary>The expectation for <paramref name="units"/> units of <paramref name="product"/> on <paramref name="route"/>.</summary>
    /// <param name="route">A compiled route.</param>
    /// <param name="product">The product class.</param>
    /// <param name="units">Units per parcel (or per shipment), one or more.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is below one.</exception>
    public static RouteExpectation For(CompiledRoute route, ProductClass product, int units = 1)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(product);
        ArgumentOutOfRangeException.ThrowIfLessThan(units, 1);
        return new RouteExpectation(route, product, units);
    }

    /// <summary>
    /// The expected leg cost of a replenishment shipment of the product class as a function of its size
    /// (per unit, per shipment, volume freight); <see cref="ShipmentCostRates.CostOf"/> of
    /// <see cref="Units"/> equals <see cref="ExpectedCost"/>'s total on a replenishment route. On an
    /// order route it describes a parcel's legs as if they were a shipment.
    /// </summary>
    public ShipmentCostRates ShipmentRates
    {
        get
        {
            double reach = 1;
            double perUnit = 0;
            double perShipment = 0;
            var containers = new List<ContainerRate>();
            foreach (var leg in Route.LegArray)
            {
                double pays = reach * (1 - (leg.Customs?.Profile.SeizureProbability ?? 0));
                perUnit += pays * (leg.Cost.PerParcel + (leg.Cost.PerKg * Product.WeightKg) + (leg.Cost.PerM3 * Product.VolumeM3));
                perShipment += pays * leg.Cost.PerShipment;
                if (leg.Cost.PricesVolume)
                {
                    containers.Add(new ContainerRate(pays * leg.Cost.PerContainer, leg.Cost.ContainerCapacityM3, pays * leg.Cost.LclPerM3, pays * leg.Cost.LclMinimum));
                }

                reach = pays * (1 - leg.LossProbability);
            }

            return new ShipmentCostRates(perUnit, perShipment, containers, Product.VolumeM3);
        }
    }

    /// <summary>
    /// The expected leg cost of a parcel as a linear function of its size: per parcel, per kg and per
    /// m³, each leg weighted by the chance of paying it (order routes; for the rule-based policy).
    /// </summary>
    internal static (double PerParcel, double PerKg, double PerM3) CostRates(CompiledRoute route)
    {
        double reach = 1;
        double perParcel = 0;
        double perKg = 0;
        double perM3 = 0;
        foreach (var leg in route.LegArray)
        {
            double pays = reach * (1 - (leg.Customs?.Profile.SeizureProbability ?? 0));
            perParcel += pays * (leg.Cost.PerParcel + (leg.RemoteShare * leg.RemoteSurcharge));
            perKg += pays * leg.Cost.PerKg;
            perM3 += pays * leg.Cost.PerM3;
            reach = pays * (1 - leg.LossProbability);
        }

        return (perParcel, perKg, perM3);
    }

    private double LegCost(LegCost cost, bool shipment)
    {
        // A replenishment shipment pays per unit, per kg and m³ of its total, once per shipment, and its volume freight (the cheaper of full containers and LCL).
        double amount = (cost.PerParcel * (shipment ? Units : 1)) + (cost.PerKg * _weightKg) + (cost.PerM3 * _volumeM3);
        if (shipment)
        {
            amount += cost.PerShipment;
            amount += cost.FreightOf(_volumeM3);
        }

        return amount;
    }
}
