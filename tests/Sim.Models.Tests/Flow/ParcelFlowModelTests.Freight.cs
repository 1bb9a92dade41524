using Sim.Models.Demand;
using Sim.Models.Inventory;
using Sim.Models.Network;
using Sim.Models.Planning.NetworkDesign;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Flow;

/// <summary>Freight by volume (full containers or LCL, the cheaper) and orders of several classes travelling as one shipment.</summary>
public sealed partial class ParcelFlowModelTests
{
    // 100 a shipment; a 67 m³ container at 3,000, or LCL at 80 a m³ with a minimum of 150.
    private static readonly LegCost VolumeRates = new() { PerShipment = 100, PerContainer = 3000, ContainerCapacityM3 = 67, LclPerM3 = 80, LclMinimum = 150 };

    /// <summary>
    /// The warehouse scenario with 300 gadgets on hand (about 200 orders to take in 10 days) and one
    /// base-stock review at time 0 that orders <paramref name="units"/> gadgets (and
    /// <paramref name="widgets"/> widgets of 0.01 m³), by a sea leg priced by <see cref="VolumeRates"/>.
    /// </summary>
    private static Scenario VolumeFreight(int units, int widgets = 0, bool timetabled = false, double? widgetWriteOffDays = null)
    {
        StockPolicy Once(string product, double initial, double upTo) => new()
        {
            ProductClass = product,
            Kind = StockPolicyKind.BaseStock,
            OrderUpTo = upTo,
            ReviewPeriodDays = 1000,
            InitialStock = initial,
            WriteOffAfterDays = product == "widget" ? widgetWriteOffDays : null,
        };

        var ocean = WarehouseScenarios.Sea.Legs[0] with
        {
            Cost = VolumeRates,
            Timetable = timetabled ? new TimetableSpec { DepartureHours = [12] } : null,
        };
        var policies = widgets > 0 ? new[] { Once("gadget", 300, 300 + units), Once("widget", 0, widgets) } : [Once("gadget", 300, 300 + units)];
        var scenario = WarehouseScenarios.With(policies[0], edit: w => w with { Policies = policies });
        return scenario with
        {
            Modes = [.. scenario.Modes.Where(m => m.Id != "sea"), WarehouseScenarios.Sea with { Legs = [ocean] }],
            ProductClasses = [.. scenario.ProductClasses, new ProductClass { Id = "widget", Name = "widget", Value = 5, WeightKg = 1, VolumeM3 = 0.01, PromiseDays = 10 }],
        };
    }

    /// <summary>What the shipments cost: the warehouse orders' transport less their last mile (4 each).</summary>
    private static double ShipmentCost(Sim.Models.Kpis.ReplicationKpis kpis)
    {
        var orders = kpis.Group("mode=owh")!;
        Assert.Equal(orders.Orders, orders.FromStock);
        return orders.TransportCost - (4.0 * orders.FromStock);
    }

    [Theory]
    [InlineData(500, 100 + 150)] // 1 m³: LCL at its minimum
    [InlineData(10_000, 100 + 1600)] // 20 m³: LCL 1,600 against a container's 3,000
    [InlineData(40_000, 100 + 6000)] // 80 m³: two containers' 6,000 against LCL's 6,400
    public void Run_ShipmentPricedByVolume_PaysTheCheaperOfFullContainersAndLcl(int units, double expected)
    {
        var kpis = Run(VolumeFreight(units));

        Assert.Equal(1, kpis.Warehouse("warehouse=us-wh;product=gadget")!.Replenishments);
        Assert.Equal(expected, ShipmentCost(kpis), 6);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(10_000)]
    [InlineData(40_000)]
    public void CycleCosts_OneWarehouse_PlannedFreightEqualsTheSimulatedShipmentCost(int units)
    {
        var scenario = VolumeFreight(units);
        var problem = PlanningProblem.From(scenario);
        var stock = problem.StockOptions.Single(o => o.ProductClass == "gadget" && problem.Warehouses[o.Warehouse].Id == "us-wh");
        var sea = stock.Replenishment.Single(r => r.Mode == "sea");

        // A shipment of `units` every 7 days: the cycle's per-shipment part and its freight pieces at that flow, over a cycle.
        var cycle = CycleCosts.Of(stock, sea, 7);
        double planned = sea.Rates.PerShipment + (cycle.Containers.Sum(c => c.CostPerDayAt(units / 7.0)) * 7);

        Assert.Equal(ShipmentCost(Run(scenario)), planned, 6);
        Assert.Equal(sea.Rates.CostOf(units), planned, 6);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Run_TwoClassesOrderedTogether_TravelAsOneShipmentSharingContainerAndShipmentCosts(bool timetabled)
    {
        // 20 m³ of gadgets and 30 m³ of widgets: apart, LCL 1,600 + 100 and 2,400 + 100; together 50 m³ fill one container: 3,000 + 100.
        var kpis = Run(VolumeFreight(10_000, widgets: 3000, timetabled: timetabled));

        Assert.Equal(3000 + 100, ShipmentCost(kpis), 6);
        var widgets = kpis.Warehouse("warehouse=us-wh;product=widget")!;
        Assert.Equal((1L, 3000.0), (widgets.Replenishments, widgets.UnitsReceived));
        Assert.Equal(10_000.0, kpis.Warehouse("warehouse=us-wh;product=gadget")!.UnitsReceived);
    }

    [Fact]
    public void Run_TwoClassesInOneShipment_EachLandsWithItsVolumeShareOfTheSharedCost()
    {
        // The load's 3,100 is split by volume: widgets take 30 of 50 m³, 1,860, on top of their customs
        // value (5 × 3,000); written off a day after they land, at that landed cost.
        var kpis = Run(VolumeFreight(10_000, widgets: 3000, widgetWriteOffDays: 1));

        var widgets = kpis.Warehouse("warehouse=us-wh;product=widget")!;
        Assert.Equal(3000.0, widgets.UnitsWrittenOff);
        Assert.Equal((5.0 * 3000) + (3100 * 0.6), widgets.WriteOffCost, 6);
    }
}
