using Sim.Engine.Time;
using Sim.Models.Flow.Compilation;
using Sim.Models.Flow.Stations;
using Sim.Models.Kpis;

namespace Sim.Models.Tests.Flow.Stations;

public sealed class DailyQuotaStationTests
{
    private const long Day = SimDuration.TicksPerDay;

    [Fact]
    public void Book_MoreThanADaysQuota_OverflowStartsAtTheNextDaysBeginning()
    {
        var quota = new DailyQuotaStation(new DailyQuotaSpec(GroupKey.Parse("quota=x"), 2));
        long ready = Day / 2;

        var starts = Enumerable.Range(0, 5).Select(_ => quota.Book(ready, measured: true)).ToArray();

        Assert.Equal([ready, ready, Day, Day, 2 * Day], starts);
        Assert.Equal((0 + 0 + 12 + 12 + 36) / 5.0, quota.Kpis.WaitHours.Mean, 9);
    }

    [Fact]
    public void Book_LaterDayWithRoom_StartsWhenReady()
    {
        var quota = new DailyQuotaStation(new DailyQuotaSpec(GroupKey.Parse("quota=x"), 1));
        quota.Book(0, measured: false);

        Assert.Equal((3 * Day) + 5, quota.Book((3 * Day) + 5, measured: false));
        Assert.Equal(0, quota.Kpis.WaitHours.Count);
    }
}
