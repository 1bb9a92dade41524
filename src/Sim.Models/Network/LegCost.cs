namespace Sim.Models.Network;

/// <summary>
/// What a leg costs, in the scenario currency. A parcel pays <see cref="PerParcel"/> +
/// <see cref="PerKg"/> × weight + <see cref="PerM3"/> × volume; <see cref="PerShipment"/> is paid
/// once per departure (timetabled legs) or per replenishment shipment and is shared by the parcels
/// on it; <see cref="PerContainer"/> is paid per started container of <see cref="ContainerCapacityM3"/>
/// on bulk legs. All default to 0. Immutable.
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
}
