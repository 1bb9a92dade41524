namespace Sim.Models.Flow;

/// <summary>
/// One order, return or replenishment shipment in flight: a row of the <see cref="ParcelTable"/>.
/// Times are simulator ticks (microseconds). A mutable struct kept in an array and reached by ref.
/// </summary>
internal struct ParcelRow
{
    /// <summary>When the order was placed (or the shipment ordered).</summary>
    public long OrderTicks;

    /// <summary>When the current flow started (a return: its delivery time).</summary>
    public long FlowStartTicks;

    /// <summary>From when the customer sees a scan of the step the parcel is on; long.MaxValue when none.</summary>
    public long CoverFromTicks;

    /// <summary>Journey time so far with a visible scan of the current step.</summary>
    public long CoveredTicks;

    /// <summary>When the latest scan became visible.</summary>
    public long LastVisibleTicks;

    /// <summary>The longest time so far between two visible scans.</summary>
    public long MaxGapTicks;

    /// <summary>When the latest milestone scan other than the delivery became visible.</summary>
    public long MilestonesVisibleTicks;

    /// <summary>When the parcel last left on a timetabled departure (its consolidated shipment); -1 before.</summary>
    public long DepartureTicks;

    /// <summary>The route (index into the model's routes).</summary>
    public int Route;

    /// <summary>The leg of the route the parcel is on; equal to the leg count at the end.</summary>
    public int Leg;

    /// <summary>The product class.</summary>
    public int Product;

    /// <summary>The KPI record costs and outcomes are booked to: an order's (mode, market) group in the period it was placed in, a shipment's warehouse cost sink (<see cref="GroupLayout"/>).</summary>
    public int Group;

    /// <summary>The stock point an order was served from or waits at, or a shipment replenishes; -1 for none.</summary>
    public int StockPoint;

    /// <summary>A replenishment shipment's landed cost so far: its units' customs value, the legs it paid and its non-recoverable duties and taxes.</summary>
    public double Cost;

    /// <summary>Units (1 for B2C orders).</summary>
    public int Units;

    /// <summary>State bits.</summary>
    public ParcelFlags Flags;

    /// <summary>The milestones scanned so far (bits of <c>CompiledLeg.MilestoneBit</c>).</summary>
    public byte Milestones;

    /// <summary>True when the row counts in the KPIs.</summary>
    public readonly bool Measured => (Flags & ParcelFlags.Measured) != 0;
}
