namespace Sim.Models.Network;

/// <summary>The KPI bucket a leg's cost is booked to. Duties and taxes are booked by customs, not by leg cost.</summary>
public enum CostCategory
{
    /// <summary>Moving the parcel (pickup, line-haul, last mile).</summary>
    Transport,

    /// <summary>Handling at hubs, customs brokerage, warehouse pick and pack.</summary>
    Handling,

    /// <summary>Storage and stock holding.</summary>
    Warehousing,

    /// <summary>Costs caused by a return (reverse legs, inspection).</summary>
    Returns,
}
