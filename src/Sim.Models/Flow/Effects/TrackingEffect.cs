using Sim.Models.Flow.Compilation;

namespace Sim.Models.Flow.Effects;

/// <summary>
/// Tracking of an order as the customer sees it: a leg's scan becomes visible its visibility delay
/// after the leg ends, and a leg with a start scan (out for delivery, on the last mile) shows one when
/// the parcel starts it. The tracked time adds up the journey time during which the latest step is
/// visible; the information gap is the longest time between two visible scans; the milestones record
/// which milestone scans were made and when the latest (but the delivery's) became visible.
/// Stateless; allocates nothing.
/// </summary>
internal static class TrackingEffect
{
    /// <summary>The order in <paramref name="row"/> completed <paramref name="leg"/> at <paramref name="endTicks"/> and starts <paramref name="next"/> (null at the route's end).</summary>
    public static void LegEnded(ref ParcelRow row, CompiledLeg leg, long endTicks, CompiledLeg? next)
    {
        if (endTicks > row.CoverFromTicks)
        {
            row.CoveredTicks += endTicks - row.CoverFromTicks;
        }

        row.CoverFromTicks = long.MaxValue;
        bool ends = leg.Spec.Tracking.ProducesScan;
        bool starts = next is not null && next.StartMilestone != 0;
        long endVisible = endTicks + leg.VisibilityDelayTicks;
        long startVisible = starts ? endTicks + next!.VisibilityDelayTicks : long.MaxValue;

        // The two scans of the moment count in the order the customer sees them.
        if (starts && (!ends || startVisible < endVisible))
        {
            Scan(ref row, startVisible, next!.StartMilestone);
            starts = false;
        }

        if (ends)
        {
            Scan(ref row, endVisible, leg.EndMilestone);
        }

        if (starts)
        {
            Scan(ref row, startVisible, next!.StartMilestone);
        }
    }

    private static void Scan(ref ParcelRow row, long visible, byte milestone)
    {
        long gap = visible - row.LastVisibleTicks;
        if (gap > row.MaxGapTicks)
        {
            row.MaxGapTicks = gap;
        }

        if (visible > row.LastVisibleTicks)
        {
            row.LastVisibleTicks = visible;
        }

        row.CoverFromTicks = Math.Min(row.CoverFromTicks, visible);
        row.Milestones |= milestone;
        if (milestone != CompiledLeg.MilestoneBit(Network.TrackingMilestone.Delivered) && visible > row.MilestonesVisibleTicks)
        {
            row.MilestonesVisibleTicks = visible;
        }
    }
}
