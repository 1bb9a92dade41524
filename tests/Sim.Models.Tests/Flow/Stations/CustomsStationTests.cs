using Sim.Engine.Randomness;
using Sim.Engine.Time;
using Sim.Models.Customs;
using Sim.Models.Flow.Compilation;
using Sim.Models.Flow.Stations;
using Sim.Models.Kpis;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Flow.Stations;

public sealed class CustomsStationTests
{
    private const long Day = SimDuration.TicksPerDay;

    private static readonly CustomsProfile HalfInspected = new()
    {
        Id = "p",
        DeclarationTime = DistributionSpec.ConstantHours(24),
        InspectionProbability = 0.5,
        InspectionDelay = DistributionSpec.ConstantHours(48),
    };

    private static CustomsStation Station(ClearanceMode clearance, long windowDays = 100) => new(
        new CompiledCustomsLeg(new CompiledCustomsProfile(HalfInspected), ChargesDuties: false, clearance, Regimes: null, Point: 0, "customs/m/l"),
        new RandomStream(11),
        new ResourceKpis(GroupKey.Parse("customs=c"), ResourceKind.CustomsPoint, double.NaN),
        new ObservationWindow(0, windowDays * Day));

    [Fact]
    public void Clear_BulkAfterOneDeparture_EveryParcelSharesTheFirstsDraw()
    {
        var station = Station(ClearanceMode.Bulk);

        var draws = Enumerable.Range(0, 200).Select(i => station.Clear(Day + i, departureTicks: Day, shipment: false)).ToList();

        Assert.Single(draws.Distinct());

        // Each later departure draws afresh: of 100, about half are inspected (sd 5; 30 is six sd).
        int inspected = Enumerable.Range(2, 100).Count(d => station.Clear(d * Day, departureTicks: d * Day, shipment: false).Inspected);
        Assert.InRange(inspected, 50 - 30, 50 + 30);
    }

    [Fact]
    public void Clear_PerParcel_EachDrawsItsOwnClearance()
    {
        var station = Station(ClearanceMode.PerParcel);

        var inspected = Enumerable.Range(0, 2000).Count(i => station.Clear(Day, departureTicks: Day, shipment: false).Inspected);

        // Binomial(2000, 0.5): sd 22; 150 is almost seven sd.
        Assert.InRange(inspected, 1000 - 150, 1000 + 150);
        Assert.Equal(2000, station.Point.WaitHours.Count);
        Assert.Equal(inspected, station.Point.Inspected);
        Assert.Equal(24 + (48.0 * inspected / 2000), station.Point.WaitHours.Mean, 9);
    }

    [Fact]
    public void Clear_AfterTheWindow_NotCountedAndTimeClippedToIt()
    {
        // Window [0, 2 days): a clearance starting at 1.5 days (24 h, or 72 h if inspected) counts;
        // its time in clearance counts only up to day 2 (12 hours). One starting at day 3 does not.
        var station = Station(ClearanceMode.PerParcel, windowDays: 2);

        station.Clear((3 * Day) / 2, departureTicks: -1, shipment: false);
        station.Clear(3 * Day, departureTicks: -1, shipment: false);

        Assert.Equal(1, station.Point.WaitHours.Count);
        Assert.Equal(12, station.Point.QueueArea, 9);
    }
}
