namespace Sim.Models.Flow;

/// <summary>Bits of a <see cref="ParcelRow"/>.</summary>
[Flags]
internal enum ParcelFlags : byte
{
    None = 0,

    /// <summary>Ordered after the warm-up: counts in the KPIs.</summary>
    Measured = 1,

    /// <summary>Damaged on some leg (it continues).</summary>
    Damaged = 2,

    /// <summary>A B2B bulk order.</summary>
    B2b = 4,

    /// <summary>On its way back as a return.</summary>
    Return = 8,

    /// <summary>A replenishment shipment, not an order.</summary>
    Shipment = 16,

    /// <summary>A return going to a warehouse (not the origin).</summary>
    ToWarehouse = 32,

    /// <summary>Processed on its current timetabled leg and waiting to be tendered to the departure line.</summary>
    ReadyToTender = 64,

    /// <summary>An order in the trace sample (<see cref="ParcelTrace"/>).</summary>
    Traced = 128,
}
