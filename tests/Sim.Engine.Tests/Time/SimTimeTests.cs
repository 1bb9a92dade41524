using Sim.Engine.Time;

namespace Sim.Engine.Tests.Time;

public sealed class SimTimeTests
{
    [Fact]
    public void FromHours_RoundsToTheMicrosecond()
    {
        Assert.Equal(3_600_000_000L, SimTime.FromHours(1).Ticks);
        Assert.Equal(1L, SimDuration.FromSeconds(0.0000014).Ticks);
        Assert.Equal(90.0, SimDuration.FromHours(1.5).TotalMinutes);
    }

    [Fact]
    public void Arithmetic_SumsOfDurations_AreExact()
    {
        // 0.1 h added ten times is not 1 h in binary floating point; in ticks it is.
        var time = SimTime.Zero;
        for (int i = 0; i < 10; i++)
        {
            time += SimDuration.FromHours(0.1);
        }

        Assert.Equal(SimTime.FromHours(1), time);
        Assert.Equal(SimDuration.FromHours(1), time - SimTime.Zero);
        Assert.True(SimTime.FromDays(1) > SimTime.FromHours(23.9));
    }

    [Fact]
    public void FromDays_NotFinite_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SimDuration.FromDays(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => SimDuration.FromDays(1e300));
    }

    [Fact]
    public void ToString_UsesHoursInvariantly()
    {
        Assert.Equal("t=1.5h", SimTime.FromMinutes(90).ToString());
        Assert.Equal("0.25h", SimDuration.FromMinutes(15).ToString());
    }
}
