using Sim.Engine.Events;
using Sim.Engine.Resources;
using Sim.Engine.Time;
using Sim.Models.Flow.Compilation;
using Sim.Models.Flow.Stations;
using Sim.Models.Kpis;

namespace Sim.Models.Tests.Flow.Stations;

public sealed class ServerPoolStationTests
{
    private sealed class Done : IServerPoolListener
    {
        public List<(long Parcel, double Hours)> Completed { get; } = [];

        public Simulator? Simulator { get; set; }

        public void ServiceCompleted(ServerPool pool, long customer) => Completed.Add((customer, Simulator!.Now.TotalHours));
    }

    [Fact]
    public void Arrive_TwoParcelsOneServer_SecondWaitsAndTheKpisSayHowLong()
    {
        var simulator = new Simulator();
        var done = new Done { Simulator = simulator };
        var station = new ServerPoolStation(new ServerPoolSpec(GroupKey.Parse("servers=hub"), 1), simulator, done);

        station.Arrive(1, 2 * SimDuration.TicksPerHour);
        station.Arrive(2, 3 * SimDuration.TicksPerHour);
        simulator.RunUntil(SimTime.FromHours(10));
        station.Finish(10);

        // Parcel 1 is served 0-2 h, parcel 2 waits 2 h and is served 2-5 h: busy 5 of 10 hours.
        Assert.Equal([(1L, 2.0), (2, 5.0)], done.Completed);
        Assert.Equal(0.5, station.Kpis.Utilisation, 9);
        Assert.Equal(1.0, station.Kpis.WaitHours.Mean, 9);
        Assert.Equal(2.0 / 10, station.Kpis.MeanQueueLength, 9);
    }

    [Fact]
    public void StartMeasuring_AfterBusyTime_ForgetsIt()
    {
        var simulator = new Simulator();
        var station = new ServerPoolStation(new ServerPoolSpec(GroupKey.Parse("servers=hub"), 2), simulator, new Done { Simulator = simulator });
        station.Arrive(1, 4 * SimDuration.TicksPerHour);
        simulator.RunUntil(SimTime.FromHours(4));

        station.StartMeasuring();
        simulator.RunUntil(SimTime.FromHours(8));
        station.Finish(4);

        Assert.Equal(0, station.Kpis.Utilisation, 9);
        Assert.Equal(0, station.Kpis.WaitHours.Count);
    }
}
