namespace Sim.Models.Network;

/// <summary>
/// What a leg costs, in the scenario currency. A parcel pays <see cref="PerParcel"/> +
/// <see cref="PerKg"/> × weight + <see cref="PerM3"/> × volume; <see cref="PerShipment"/> is paid
/// once per departure (timetabled legs) or per replenishment shipment and is shared by the parcels
/// on it; <see cref="PerContainer"/> is paid per started container of <see cref="ContainerCapacityM3"/>
/// on bulk legs, or, when the leg also offers less-than-container load (<see cref="LclPerM3"/>,
/// <see cref="LclMinimum"/>), the shipment pays the cheaper of the two (<see cref="FreightOf"/>). All
/// default to 0. Immutable.
/// </summary>
public sealed record LegCost
{
    /// <summary>A cost of zero on every component.</summary>
    public static LegCost Zero { get; } = new();

    /// <summary>Cost per parcel (or per order line on a bulk leg); zero or more.</summary>
    public double PerParcel { get; init; }

    /// <summary>Cost per kilogram of gross weight; zero or more.</summary>
    public double PerKg { get; init; }

    /// <summary>Cost per cubic metre; zero or more.</summary>
    public double PerM3 { get; init; }

    /// <summary>Cost per departure or shipment, shared among its parcels; zero or more.</summary>
    public double PerShipment { get; init; }

    /// <summary>Cost per container on bulk legs; zero or more.</summary>
    public double PerContainer { get; init; }

    /// <summary>Usable volume of one container in m³; default 67 (a 40-foot container). Positive.</summary>
    public double ContainerCapacityM3 { get; init; } = 67.0;

    /// <summary>Less-than-container-load (LCL) rate per m³ of a replenishment shipment; zero or more, default 0 (with a zero <see cref="LclMinimum"/>: no LCL offered).</summary>
    public double LclPerM3 { get; init; }

    /// <summary>The least LCL charge of a shipment, however small; zero or more, default 0.</summary>
    public double LclMinimum { get; init; }

    /// <summary>True when the leg prices shipments by volume at all: full containers, LCL or both.</summary>
    public bool PricesVolume => PerContainer > 0 || LclPerM3 > 0 || LclMinimum > 0;

    /// <summary>
    /// The volume freight of one replenishment shipment of <paramref name="volumeM3"/>: full containers
    /// (<see cref="PerContainer"/> × ⌈volume / <see cref="ContainerCapacityM3"/>⌉), or LCL
    /// (max(<see cref="LclMinimum"/>, <see cref="LclPerM3"/> × volume)), whichever is cheaper when both are
    /// offered; 0 when neither is. Thread-safe.
    /// </summary>
    /// <param name="volumeM3">The shipment's volume, m³; zero or more.</param>
    /// <returns>The freight in the scenario currency.</returns>
    public double FreightOf(double volumeM3) => Freight(PerContainer, ContainerCapacityM3, LclPerM3, LclMinimum, volumeM3);

    /// <summary>The rule of <see cref="FreightOf"/> on given rates (also weighted ones, for expectations).</summary>
    internal static double Freight(double perContainer, double capacityM3, double lclPerM3, double lclMinimum, double volumeM3)
    {
        double fcl = perContainer > 0 ? perContainer * Math.Ceiling(volumeM3 / capacityM3) : double.PositiveInfinity;
        double lcl = lclPerM3 > 0 || lclMinimum > 0 ? Math.Max(lclMinimum, lclPerM3 * volumeM3) : double.PositiveInfinity;
        double cheaper = Math.Min(fcl, lcl);
        return double.IsPositiveInfinity(cheaper) ? 0 : cheaper;
    }
}
