using Sim.Models.Flow.Compilation;

namespace Sim.Models.Tests.Flow.Compilation;

public sealed class CompiledLegTests
{
    private static CompiledLeg Leg(string mode, string leg, string market = "US") =>
        RouteCompiler.OfferedRoutes(BaselineScenario.Value).First(r => r.Mode.Id == mode && r.Market == market).Legs.First(l => l.Spec.Id == leg);

    [Fact]
    public void Capacity_DailyQuota_ParcelsPerDay()
    {
        var capacity = Leg("postal", "exchange").Capacity!;

        Assert.Equal(StationKind.DailyQuota, capacity.Kind);
        Assert.Equal("quota=postal/exchange", capacity.Key.ToString());
        Assert.Equal(20_000, capacity.ParcelsPerDay);
        Assert.Null(capacity.KgPerDay);
    }

    [Fact]
    public void Capacity_LineWithThreeWeeklyDepartures_AveragesItsParcelLimitOverTheWeek()
    {
        var capacity = Leg("postal", "linehaul").Capacity!;

        Assert.Equal(StationKind.Departure, capacity.Kind);
        Assert.Equal("line=postal/linehaul/US", capacity.Key.ToString());
        Assert.Equal(3 * 20_000 / 7.0, capacity.ParcelsPerDay!.Value, 1e-9);
    }

    [Fact]
    public void Capacity_LineEveryEightHoursWithAWeightLimit_KgPerDay()
    {
        var capacity = Leg("express", "linehaul", "DE").Capacity!;

        Assert.Equal(3 * 20_000.0, capacity.KgPerDay!.Value, 1e-9);
        Assert.Null(capacity.ParcelsPerDay);
    }

    [Fact]
    public void Capacity_NodeServers_ServerHoursSharedUnderTheNodeKey()
    {
        var express = Leg("express", "hub").Capacity!;
        var customs = Leg("express", "export-customs").Capacity!;

        Assert.Equal(StationKind.ServerPool, express.Kind);
        Assert.Equal("servers=szx-airport", express.Key.ToString());
        Assert.Equal(2 * 24.0, express.ServerHoursPerDay);
        Assert.Equal(express.Key, customs.Key);
    }

    [Fact]
    public void Capacity_DelayOrUnlimitedLine_Null()
    {
        Assert.Null(Leg("express", "pickup").Capacity);
        Assert.Null(Leg("directmail-cn", "linehaul", "CN").Capacity);
    }

    [Fact]
    public void StationKeyAndDeparturesPerDay_TimetabledLineWithoutCapacity_KeyedByModeLegAndMarket()
    {
        var sea = RouteCompiler.OfferedRoutes(BaselineScenario.Value).First(r => r.Mode.Id == "border-ru").Legs.Single(l => l.Spec.Id == "border-truck");
        var pickup = Leg("express", "pickup");

        Assert.Equal("line=border-ru/border-truck/RU", sea.StationKey!.ToString());
        Assert.Equal(1.0, sea.DeparturesPerDay, 1e-12);
        Assert.Null(pickup.StationKey);
        Assert.Equal(0, pickup.DeparturesPerDay);
        Assert.Equal(3 / 7.0, Leg("postal", "linehaul").DeparturesPerDay, 1e-12);
    }
}
