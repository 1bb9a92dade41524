namespace Sim.Models.Network;

/// <summary>
/// What happens on a <see cref="Leg"/>. What each kind implies (line-haul or not, customs or not, the
/// node used when the leg names none, the default cost bucket) is stated once, in
/// <see cref="LegKindFacts"/>. The station a parcel meets on a leg follows from the leg's capacity and
/// timetable, whatever its kind: a pure delay, a pool of servers, a daily quota or a timetabled
/// departure; a customs kind adds a clearance at the end of the leg.
/// </summary>
public enum LegKind
{
    /// <summary>First-mile pickup from the seller.</summary>
    Pickup,

    /// <summary>Sorting, consolidation or deconsolidation at a hub.</summary>
    HubProcessing,

    /// <summary>Export customs declaration and checks; uses a <see cref="Customs.CustomsProfile"/>.</summary>
    ExportCustoms,

    /// <summary>Line-haul by air.</summary>
    LinehaulAir,

    /// <summary>Line-haul by sea.</summary>
    LinehaulSea,

    /// <summary>Line-haul by rail.</summary>
    LinehaulRail,

    /// <summary>Line-haul by road (including a border crossing by truck).</summary>
    LinehaulRoad,

    /// <summary>Import customs clearance, duties and taxes; uses a <see cref="Customs.CustomsProfile"/> and the market's duty regime.</summary>
    ImportCustoms,

    /// <summary>Last-mile delivery in the destination market.</summary>
    LastMile,

    /// <summary>Picking and packing an order from warehouse stock (or receiving stock, on a replenishment mode).</summary>
    WarehouseFulfilment,

    /// <summary>A reverse movement of a returned parcel.</summary>
    ReturnLeg,
}
