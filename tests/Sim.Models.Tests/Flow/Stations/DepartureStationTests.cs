using Sim.Engine.Events;
using Sim.Engine.Resources;
using Sim.Engine.Time;
using Sim.Models.Flow.Compilation;
using Sim.Models.Flow.Stations;
using Sim.Models.Kpis;
using Sim.Models.Network;

namespace Sim.Models.Tests.Flow.Stations;

public sealed class DepartureStationTests
{
    private sealed class Left : IDepartureListener
    {
        public List<(long Parcel, double Hours)> Parcels { get; } = [];

        public void Departed(TimetabledDeparture line, long item, SimTime departure) => Parcels.Add((item, departure.TotalHours));
    }

    private static DepartureStation Station(Simulator simulator, IDepartureListener listener, int? parcels, double? kg, double perShipment = 0, int group = 0) =>
        new(
            new DepartureLineSpec(
                GroupKey.Parse("line=m/l/US"),
                CompiledTimetable.From(new TimetableSpec { DepartureHours = [12], CapacityParcels = parcels, CapacityKg = kg }, new DateOnly(2025, 4, 1)),
                parcels,
                kg,
                perShipment,
                CostCategory.Transport,
                group),
            simulator,
            listener);

    [Fact]
    public void Size_BothLimits_HeavyParcelsCountForMore()
    {
        // 100 parcels or 1,000 kg per departure: a parcel counts as max(1, kg x 100 / 1,000).
        var station = Station(new Simulator(), new Left(), 100, 1000);

        Assert.Equal(1, station.Size(5));
        Assert.Equal(3, station.Size(30), 12);
        Assert.Equal(100, station.Size(5000));
    }

    [Fact]
    public void Tender_UnlimitedLine_EveryoneLeavesOnTheNextDeparture()
    {
        var simulator = new Simulator();
        var left = new Left();
        var station = Station(simulator, left, null, null);

        for (int parcel = 0; parcel < 1000; parcel++)
        {
            station.Tender(parcel, 1000);
        }

        simulator.RunUntil(SimTime.FromHours(13));
        station.Finish(13);

        Assert.False(station.IsCapacitated);
        Assert.Equal(1000, left.Parcels.Count);
        Assert.All(left.Parcels, p => Assert.Equal(12, p.Hours));
        Assert.Equal(0, station.Kpis.LoadFactor.Count);
        Assert.Equal(12, station.Kpis.WaitHours.Mean, 9);
    }

    [Fact]
    public void Board_TwoDepartures_EachSharesItsCostAmongItsMeasuredOrders()
    {
        var station = Station(new Simulator(), new Left(), 10, null, perShipment: 90);
        var groups = new[] { new ParcelGroupKpis(GroupKey.Parse("mode=m;market=US")) };

        // Three orders on the first departure, two of them measured; one on the second.
        Assert.Equal(0, station.Board(100, measured: true));
        Assert.Equal(0, station.Board(100, measured: false));
        Assert.Equal(0, station.Board(100, measured: true));
        station.BookShare(groups, station.Board(200, measured: true));
        station.BookShare(groups, station.Close());

        Assert.Equal((90 * 2.0 / 3) + 90, groups[0].TransportCost, 9);
    }
}
