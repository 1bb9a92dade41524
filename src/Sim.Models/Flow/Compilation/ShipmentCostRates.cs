namespace Sim.Models.Flow.Compilation;

/// <summary>
/// The expected leg cost of a replenishment shipment of one product class as a function of its size
/// Q (units): <see cref="PerUnit"/> × Q + <see cref="PerShipment"/> + Σ over <see cref="Containers"/>
/// of its freight of Q × unit volume (the cheaper of full containers and LCL). Each leg's rates are weighted by the chance that the
/// shipment pays the leg (it is neither lost nor seized before), as in <see cref="RouteExpectation.ExpectedCost"/>,
/// which this reproduces for any Q. Scenario currency. Immutable.
/// </summary>
/// <param name="PerUnit">Per-unit cost: <c>per_parcel</c> + <c>per_kg</c> × unit weight + <c>per_m3</c> × unit volume, summed over the legs.</param>
/// <param name="PerShipment">Cost paid once per shipment (<c>per_shipment</c>), summed over the legs.</param>
/// <param name="Containers">One entry per leg priced by volume (full containers, LCL or both).</param>
/// <param name="UnitVolumeM3">The volume of one unit, m³.</param>
public readonly record struct ShipmentCostRates(double PerUnit, double PerShipment, IReadOnlyList<ContainerRate> Containers, double UnitVolumeM3)
{
    /// <summary>The expected leg cost of a shipment of <paramref name="units"/> units.</summary>
    /// <param name="units">Units in the shipment, zero or more.</param>
    /// <returns>The cost in the scenario currency.</returns>
    public double CostOf(double units)
    {
        double cost = (PerUnit * units) + PerShipment;
        foreach (var container in Containers)
        {
            cost += container.FreightOf(units * UnitVolumeM3);
        }

        return cost;
    }
}
