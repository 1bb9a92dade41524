namespace Sim.Models.Customs;

/// <summary>
/// The channel goods enter a market by, which decides the duty regimes that apply to them (the US in
/// May 2025 charged postal items differently from courier and commercial entries). A mode's channel
/// is its <c>customs_channel</c>, by default postal for postal small packets, commercial for
/// replenishment and express for every other mode.
/// </summary>
public enum DutyChannel
{
    /// <summary>Postal items carried under the Universal Postal Union's rules.</summary>
    Postal,

    /// <summary>Express and courier consignments, each parcel entered on its own (express, dedicated lines, direct mail).</summary>
    Express,

    /// <summary>Commercial cargo: bulk imports into warehouses (replenishment).</summary>
    Commercial,
}
