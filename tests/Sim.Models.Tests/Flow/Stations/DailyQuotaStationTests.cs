using Sim.Engine.Time;
using Sim.Models.Flow.Compilation;
using Sim.Models.Flow.Stations;
using Sim.Models.Kpis;

namespace Sim.Models.Tests.Flow.Stations;

public sealed class DailyQuotaStationTests
{
    private const long Day = SimDuration.TicksPerDay;

    private static DailyQuotaStation Quota(double perDay, long fromDay = 0, long toDay = 100) =>
        new(new DailyQuotaSpec(GroupKey.Parse("quota=x"), perDay), new ObservationWindow(fromDay * Day, toDay * Day));

    [Fact]
    public void Book_MoreThanADaysQuota_OverflowStartsAtTheNextDaysBeginning()
    {
        var quota = Quota(2);
        long ready = Day / 2;

        var starts = Enumerable.Range(0, 5).Select(_ => quota.Book(ready)).ToArray();

        Assert.Equal([ready, ready, Day, Day, 2 * Day], starts);
        Assert.Equal((0 + 0 + 12 + 12 + 36) / 5.0, quota.Kpis.WaitHours.Mean, 9);
        Assert.Equal(0 + 0 + 12 + 12 + 36, quota.Kpis.QueueArea, 9);
    }

    [Fact]
    public void Book_LaterDayWithRoom_StartsWhenReady()
    {
        var quota = Quota(1);
        quota.Book(0);

        Assert.Equal((3 * Day) + 5, quota.Book((3 * Day) + 5));
        Assert.Equal(2, quota.Kpis.WaitHours.Count);
        Assert.Equal(0, quota.Kpis.QueueArea);
    }

    [Fact]
    public void Book_OutsideTheObservationWindow_WaitsNotCountedAndQueueClippedToIt()
    {
        // Window [1 d, 2 d): a parcel ready at 0.5 d waits until day 1 (outside); one ready at 1.5 d
        // waits until day 3, of which only half a day lies in the window.
        var quota = Quota(1, fromDay: 1, toDay: 2);
        quota.Book(0);
        quota.Book(0);
        quota.Book(Day / 2);
        quota.Book(Day + (Day / 2));

        Assert.Equal(1, quota.Kpis.WaitHours.Count);
        Assert.Equal(36, quota.Kpis.WaitHours.Mean, 9);
        Assert.Equal(24, quota.Kpis.ObservedHours, 9);

        // Waiting inside [1 d, 2 d): the third parcel (ready 0.5 d, starts day 2) waits all day (24 h),
        // the fourth from 1.5 d (12 h).
        Assert.Equal(24 + 12, quota.Kpis.QueueArea, 9);
    }
}
