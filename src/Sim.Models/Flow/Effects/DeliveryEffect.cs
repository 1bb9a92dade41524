using Sim.Engine.Time;
using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;

namespace Sim.Models.Flow.Effects;

/// <summary>
/// Records an order reaching its customer: its delivery time, whether it met its product's promise,
/// whether it arrived damaged, and its tracking (coverage of the journey, longest information gap
/// including the one from the last visible scan to delivery). Stateless; allocates nothing.
/// </summary>
internal static class DeliveryEffect
{
    public static void Record(ParcelGroupKpis group, ref ParcelRow row, ProductFacts product, long deliveredTicks)
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
        group.InformationGapDays.Add((double)maxGap / SimDuration.TicksPerDay);
        group.TrackingCoverageSum += journey > 0 ? Math.Min(1.0, (double)row.CoveredTicks / journey) : 1.0;
    }
}
