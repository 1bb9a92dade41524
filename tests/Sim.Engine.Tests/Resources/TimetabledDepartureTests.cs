using Sim.Engine.Events;
using Sim.Engine.Resources;
using Sim.Engine.Time;

namespace Sim.Engine.Tests.Resources;

public sealed class TimetabledDepartureTests
{
    private sealed class Log : IDepartureListener
    {
        public List<(long Item, double Hours)> Left { get; } = [];

        public void Departed(TimetabledDeparture line, long item, SimTime departure) => Left.Add((item, departure.TotalHours));
    }

    /// <summary>Tenders each (item, size) at its hour.</summary>
    private sealed class Shipper(TimetabledDeparture line, (long Item, double Size, double Hour)[] items) : IEventProcessor
    {
        public void Handle(Simulator simulator, int kind, long data) => line.Tender(items[data].Item, items[data].Size);
    }

    [Fact]
    public void Departures_HandComputedCase_GiveTheExactWaits()
    {
        // Departures every 10 h from 10 h, capacity 3, cut-off 2 h.
        // A(1 h, size 1) and B(2 h, size 2) fill the 10 h departure; C(7 h, size 1) is in time but
        // does not fit; D(9 h) misses the 8 h cut-off; both leave at 20 h. E(19 h) misses the 18 h
        // cut-off and leaves at 30 h. Waits: A 9, B 8, C 13, D 11, E 11.
        var simulator = new Simulator();
        var log = new Log();
        var line = new TimetabledDeparture(simulator, Timetable.Every(SimDuration.FromHours(10), SimDuration.Zero), 3, SimDuration.FromHours(2), log);
        (long, double, double)[] items = [(1, 1, 1), (2, 2, 2), (3, 1, 7), (4, 1, 9), (5, 1, 19)];
        var shipper = simulator.Register(new Shipper(line, items));
        for (int i = 0; i < items.Length; i++)
        {
            simulator.Schedule(SimTime.FromHours(items[i].Item3), shipper, data: i);
        }

        simulator.RunUntil(SimTime.FromHours(35));

        Assert.Equal([(1L, 10.0), (2, 10), (3, 20), (4, 20), (5, 30)], log.Left);
        Assert.Equal(5, line.Waits.Count);
        Assert.Equal((9 + 8 + 13 + 11 + 11) / 5.0, line.Waits.Mean, 12);
        Assert.Equal(0, line.WaitingCount);

        // Departures at 0, 10, 20 and 30 h: loads 0, 3, 2 and 1 of 3.
        Assert.Equal(4, line.Departures);
        Assert.Equal(6.0 / 12.0, line.LoadFactor.Mean, 12);
    }

    [Fact]
    public void Departures_UnlimitedCapacity_EveryoneInTimeLeavesAndNoLoadFactor()
    {
        // Capacity +infinity: a line that never fills. Departures every 10 h, cut-off 2 h.
        var simulator = new Simulator();
        var log = new Log();
        var line = new TimetabledDeparture(simulator, Timetable.Every(SimDuration.FromHours(10), SimDuration.Zero), double.PositiveInfinity, SimDuration.FromHours(2), log);
        (long, double, double)[] items = [(1, 1e9, 1), (2, 5, 2), (3, 1, 9)];
        var shipper = simulator.Register(new Shipper(line, items));
        for (int i = 0; i < items.Length; i++)
        {
            simulator.Schedule(SimTime.FromHours(items[i].Item3), shipper, data: i);
        }

        simulator.RunUntil(SimTime.FromHours(25));

        Assert.Equal([(1L, 10.0), (2, 10), (3, 20)], log.Left);
        Assert.Equal(3, line.Departures);
        Assert.Equal(0, line.LoadFactor.Count);
        Assert.Equal(0, line.WaitingSize);
    }

    [Fact]
    public void Tender_LargerThanCapacity_Throws()
    {
        var simulator = new Simulator();
        var line = new TimetabledDeparture(simulator, Timetable.Every(SimDuration.FromHours(1), SimDuration.Zero), 3, SimDuration.Zero, new Log());

        Assert.Throws<ArgumentOutOfRangeException>(() => line.Tender(1, 3.5));
    }

    [Fact]
    public void NextAtOrAfter_DailyTwoDepartures_WrapsToTheNextDay()
    {
        var timetable = new Timetable(SimDuration.FromDays(1), [SimDuration.FromHours(22), SimDuration.FromHours(10)]);

        Assert.Equal(SimTime.FromHours(10), timetable.NextAtOrAfter(SimTime.Zero));
        Assert.Equal(SimTime.FromHours(10), timetable.NextAtOrAfter(SimTime.FromHours(10)));
        Assert.Equal(SimTime.FromHours(22), timetable.NextAtOrAfter(SimTime.FromHours(10.5)));
        Assert.Equal(SimTime.FromHours(34), timetable.NextAtOrAfter(SimTime.FromHours(22.1)));
    }

    [Fact]
    public void Timetable_OffsetOutsidePeriod_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Timetable(SimDuration.FromDays(1), [SimDuration.FromHours(24)]));
        Assert.Throws<ArgumentException>(() => new Timetable(SimDuration.FromDays(1), []));
    }
}
