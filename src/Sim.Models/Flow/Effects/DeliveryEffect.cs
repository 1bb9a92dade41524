using Sim.Engine.Time;
using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;

namespace Sim.Models.Flow.Effects;

/// <summary>
/// Records an order reaching its customer: its delivery time, whether it met its product's promise,
/// whether it arrived damaged, and its tracking: the share of its journey after a visible scan, its
/// longest information gap (including the one from the last visible scan to delivery), and whether it
/// was fully tracked: every milestone of its route (<see cref="CompiledRoute.Milestones"/>) scanned,
/// each but the delivery's visible by the delivery. Stateless; allocates nothing.
/// </summary>
internal static class DeliveryEffect
{
    public static void Record(ParcelGroupKpis group, ref ParcelRow row, ProductFacts product, byte routeMilestones, long deliveredTicks)
    {
        long journey = deliveredTicks - row.OrderTicks;
        group.DeliveryDays.Add((double)journey / SimDuration.TicksPerDay);
        if (journey <= product.PromiseTicks)
        {
            group.OnTime++;
        }

        if ((row.Flags & ParcelFlags.Damaged) != 0)
        {
            group.Damaged++;
        }

        long finalGap = deliveredTicks - row.LastVisibleTicks;
        long maxGap = Math.Max(row.MaxGapTicks, finalGap);
        group.InformationGapHours.Add((double)maxGap / SimDuration.TicksPerHour);
        group.TrackedTimeShareSum += journey > 0 ? Math.Min(1.0, (double)row.CoveredTicks / journey) : 1.0;
        if (row.Milestones == routeMilestones && row.MilestonesVisibleTicks <= deliveredTicks)
        {
            group.FullyTracked++;
        }
    }
}
