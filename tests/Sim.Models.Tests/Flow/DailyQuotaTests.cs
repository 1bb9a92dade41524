using Sim.Engine.Time;
using Sim.Models.Flow;
using Sim.Models.Kpis;

namespace Sim.Models.Tests.Flow;

public sealed class DailyQuotaTests
{
    private const long Day = SimDuration.TicksPerDay;

    [Fact]
    public void Book_MoreThanADaysQuota_OverflowStartsAtTheNextDaysBeginning()
    {
        var quota = new DailyQuota(2, new ResourceKpis(GroupKey.Parse("quota=x"), ResourceKind.DailyThroughput, 2));
        long ready = Day / 2;

        var starts = Enumerable.Range(0, 5).Select(_ => quota.Book(ready, measured: true)).ToArray();

        Assert.Equal([ready, ready, Day, Day, 2 * Day], starts);
        Assert.Equal((0 + 0 + 12 + 12 + 36) / 5.0, quota.Kpis.WaitHours.Mean, 9);
    }

    [Fact]
    public void Book_LaterDayWithRoom_StartsWhenReady()
    {
        var quota = new DailyQuota(1, new ResourceKpis(GroupKey.Parse("quota=x"), ResourceKind.DailyThroughput, 1));
        quota.Book(0, measured: false);

        Assert.Equal((3 * Day) + 5, quota.Book((3 * Day) + 5, measured: false));
        Assert.Equal(0, quota.Kpis.WaitHours.Count);
    }
}
