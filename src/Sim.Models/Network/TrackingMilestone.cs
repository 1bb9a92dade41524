namespace Sim.Models.Network;

/// <summary>
/// The milestone scans a planner expects on a cross-border parcel's tracking, in journey order. A
/// parcel is fully tracked when each milestone its route passes (all six across a border) became
/// visible to the customer before delivery (the delivered scan: produced at all). Which leg records which is stated once, in
/// <see cref="LegKindFacts.DefaultMilestone"/>, and a leg's <see cref="TrackingSpec"/> may name another.
/// </summary>
public enum TrackingMilestone
{
    /// <summary>The scan records no milestone.</summary>
    None,

    /// <summary>The carrier took the parcel over from the seller.</summary>
    Handover,

    /// <summary>Export customs cleared it.</summary>
    Export,

    /// <summary>It arrived in the destination country.</summary>
    Arrival,

    /// <summary>Import customs released it.</summary>
    ImportRelease,

    /// <summary>It left for delivery to the customer.</summary>
    OutForDelivery,

    /// <summary>It was delivered.</summary>
    Delivered,
}
