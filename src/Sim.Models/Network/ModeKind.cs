namespace Sim.Models.Network;

/// <summary>
/// The family a <see cref="Mode"/> belongs to, used to group KPIs and by rule-based fulfilment.
/// The seven business modes, plus the bulk and reverse flows that support them.
/// </summary>
public enum ModeKind
{
    /// <summary>International postal small packet (consolidated dispatches; slow, lossy, cheap).</summary>
    PostalSmallPacket,

    /// <summary>International express (frequent departures; fast, dear).</summary>
    InternationalExpress,

    /// <summary>Dedicated line: scheduled air-charter consolidation (in between).</summary>
    DedicatedLine,

    /// <summary>Order served from stock in an overseas warehouse, then last mile.</summary>
    OverseasWarehouse,

    /// <summary>Order served from stock in a border warehouse, then a land leg across the border and last mile.</summary>
    BorderWarehouse,

    /// <summary>Import: order served from a bonded warehouse, cleared at sale, domestic delivery.</summary>
    BondedImport,

    /// <summary>Import: each parcel shipped and cleared individually (direct mail).</summary>
    DirectMailImport,

    /// <summary>
    /// Bulk first leg that replenishes a warehouse (containers or pallets, bulk customs). One shipment
    /// carries many units: leg <c>per_parcel</c> costs apply per unit, <c>per_kg</c> and <c>per_m3</c> to the
    /// shipment's total, <c>per_shipment</c> once, <c>per_container</c> per started container. Its import
    /// customs leg charges duty and tax on the units' declared value with no de minimis (commercial
    /// cargo), except into a bonded warehouse, where duty and tax are charged per order at sale.
    /// </summary>
    Replenishment,

    /// <summary>Reverse leg carrying returns back to a warehouse or to the origin.</summary>
    Reverse,
}
