using Sim.Engine.Time;
using Sim.Models.Customs;

namespace Sim.Models.Tests.Customs;

public sealed class DutyRegimeScheduleTests
{
    private static readonly DateOnly Start = new(2025, 4, 1);

    private static readonly DutyRegimeSchedule UsFromChina = new(
        [
            new DutyRegime { EffectiveFrom = new DateOnly(2016, 3, 10), DeMinimis = 800 },
            new DutyRegime { EffectiveFrom = new DateOnly(2025, 5, 2), DeMinimis = 0, PerParcelFee = 2.5 },
        ],
        Start);

    [Theory]
    [InlineData(2010, 1, 1, 800)]
    [InlineData(2025, 4, 1, 800)]
    [InlineData(2025, 5, 1, 800)]
    [InlineData(2025, 5, 2, 0)]
    [InlineData(2030, 1, 1, 0)]
    public void RegimeOn_Date_LastRegimeInForceOrTheFirstBeforeAny(int year, int month, int day, double deMinimis) =>
        Assert.Equal(deMinimis, UsFromChina.RegimeOn(new DateOnly(year, month, day)).DeMinimis);

    [Fact]
    public void RegimeAt_SimulatedTime_TheRegimeOfItsCalendarDate()
    {
        // 2025-05-02 is day 31 of a run starting 2025-04-01.
        Assert.Equal(800, UsFromChina.RegimeAt(new SimTime((31 * SimDuration.TicksPerDay) - 1)).DeMinimis);
        Assert.Equal(0, UsFromChina.RegimeAt(new SimTime(31 * SimDuration.TicksPerDay)).DeMinimis);
        Assert.Equal(800, UsFromChina.RegimeAt(SimTime.Zero).DeMinimis);
    }

    [Fact]
    public void RegimeAt_EveryHourOfTheRun_AgreesWithRegimeOnItsDate()
    {
        for (long hour = -48; hour < 24 * 90; hour++)
        {
            var time = new SimTime(hour * SimDuration.TicksPerHour);
            var date = Start.AddDays((int)Math.Floor(hour / 24.0));
            Assert.Same(UsFromChina.RegimeOn(date), UsFromChina.RegimeAt(time));
        }
    }

    [Fact]
    public void Constructor_DatesOutOfOrder_Throws() =>
        Assert.Throws<ArgumentException>(() => new DutyRegimeSchedule(
            [new DutyRegime { EffectiveFrom = new DateOnly(2025, 1, 2) }, new DutyRegime { EffectiveFrom = new DateOnly(2025, 1, 1) }],
            Start));

    [Fact]
    public void Constructor_NoRegime_Throws() =>
        Assert.Throws<ArgumentException>(() => new DutyRegimeSchedule([], Start));

    // The US in May 2025: de minimis 800 for all; from 2 May goods from China pay by channel.
    private static readonly DutyRegime[] UsByChannel =
    [
        new DutyRegime { EffectiveFrom = new DateOnly(2016, 3, 10), DeMinimis = 800 },
        new DutyRegime { EffectiveFrom = new DateOnly(2025, 5, 2), Origins = ["CN"], DutyRate = 0.3 },
        new DutyRegime { EffectiveFrom = new DateOnly(2025, 5, 2), Channels = [DutyChannel.Postal], Origins = ["CN"], PerParcelFee = 50 },
    ];

    [Theory]
    [InlineData(DutyChannel.Postal, "CN", 0, 50)]
    [InlineData(DutyChannel.Express, "CN", 0.3, 0)]
    [InlineData(DutyChannel.Commercial, "CN", 0.3, 0)]
    [InlineData(DutyChannel.Postal, "VN", 0, 0)]
    public void For_ChannelAndOrigin_TheRegimesThatApplyTheLaterListedWinningOnOneDate(DutyChannel channel, string origin, double dutyRate, double fee)
    {
        var schedule = DutyRegimeSchedule.For(UsByChannel, channel, origin, Start);

        Assert.Equal(800, schedule.RegimeOn(new DateOnly(2025, 5, 1)).DeMinimis);
        var after = schedule.RegimeOn(new DateOnly(2025, 5, 2));
        Assert.Equal((dutyRate, fee), (after.DutyRate, after.PerParcelFee));
    }

    [Fact]
    public void For_NoRegimeApplies_Throws() =>
        Assert.Throws<ArgumentException>(() => DutyRegimeSchedule.For([UsByChannel[2]], DutyChannel.Express, "CN", Start));
}
