using Sim.Models.Flow.Compilation;

namespace Sim.Models.Flow.Effects;

/// <summary>
/// Tracking of an order as the customer sees it: a leg's scan becomes visible its visibility delay
/// after the leg ends. Coverage adds up the journey time during which the latest step is visible; the
/// information gap is the longest time between two visible scans. Stateless; allocates nothing.
/// </summary>
internal static class TrackingEffect
{
    /// <summary>The order in <paramref name="row"/> completed <paramref name="leg"/> at <paramref name="endTicks"/>.</summary>
    public static void LegEnded(ref ParcelRow row, CompiledLeg leg, long endTicks)
    {
        if (endTicks > row.CoverFromTicks)
        {
            row.CoveredTicks += endTicks - row.CoverFromTicks;
        }

        if (leg.Spec.Tracking.ProducesScan)
        {
            long visible = endTicks + leg.VisibilityDelayTicks;
            long gap = visible - row.LastVisibleTicks;
            if (gap > row.MaxGapTicks)
            {
                row.MaxGapTicks = gap;
            }

            if (visible > row.LastVisibleTicks)
            {
                row.LastVisibleTicks = visible;
            }

            row.CoverFromTicks = visible;
        }
        else
        {
            row.CoverFromTicks = long.MaxValue;
        }
    }
}
