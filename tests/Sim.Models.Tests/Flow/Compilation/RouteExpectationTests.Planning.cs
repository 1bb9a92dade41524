using Sim.Models.Flow.Compilation;

namespace Sim.Models.Tests.Flow.Compilation;

/// <summary>What planning reads off a route's expectation: whether a mode takes a parcel, and a shipment's cost as a function of its size.</summary>
public sealed partial class RouteExpectationTests
{
    private static CompiledRoute Route(string mode, string warehouse = "") =>
        RouteCompiler.OfferedRoutes(BaselineScenario.Value).First(r => r.Mode.Id == mode && (warehouse.Length == 0 || r.Warehouse == warehouse));

    private static Sim.Models.Demand.ProductClass Product(string id) => BaselineScenario.Value.ProductClasses.First(p => p.Id == id);

    [Fact]
    public void AcceptsParcel_PostalTakesTwoKilograms_RefusesHeavierB2bOrders()
    {
        var postal = Route("postal");

        // Apparel weighs 0.4 kg a unit: five units are 2 kg, the limit; twenty (a B2B order) are 8 kg.
        Assert.True(RouteExpectation.For(postal, Product("apparel"), 5).AcceptsParcel);
        Assert.False(RouteExpectation.For(postal, Product("apparel"), 20).AcceptsParcel);
    }

    [Fact]
    public void AcceptsParcel_WarehouseRouteOfAClassNotStocked_TrueThoughNotOffered()
    {
        // The GB warehouse stocks electronics only: apparel could go there if a plan stocked it.
        var gb = Route("owh", "gb-warehouse");

        var apparel = RouteExpectation.For(gb, Product("apparel"));

        Assert.True(apparel.AcceptsParcel);
        Assert.False(apparel.IsOffered);
    }

    [Theory]
    [InlineData("sea-us", "electronics", 1)]
    [InlineData("sea-us", "electronics", 33_500)]
    [InlineData("sea-us", "home", 6_701)]
    [InlineData("rail-de", "home", 20_000)]
    [InlineData("air-gb", "electronics", 800)]
    public void ShipmentRates_CostOf_EqualsExpectedCostOfThatShipment(string mode, string product, int units)
    {
        var expectation = RouteExpectation.For(Route(mode), Product(product), units);

        Assert.Equal(expectation.ExpectedCost.Total, expectation.ShipmentRates.CostOf(units), 1e-9 * expectation.ExpectedCost.Total);
    }

    [Fact]
    public void ShipmentRates_SeaFreight_ChargesPerContainerAndPerShipment()
    {
        var rates = RouteExpectation.For(Route("sea-us"), Product("electronics")).ShipmentRates;

        // 6000 per 67 m³ container on the ocean leg, 900 per shipment for drayage, both nearly always paid.
        var container = Assert.Single(rates.Containers);
        Assert.Equal(67, container.CapacityM3);
        Assert.InRange(container.PerContainer, 6000 * 0.99, 6000);
        Assert.InRange(rates.PerShipment, 900 * 0.99, 900);
        // 100,000 units of 0.002 m³ fill 200 m³: three containers.
        Assert.Equal((rates.PerUnit * 100_000) + rates.PerShipment + (3 * container.PerContainer), rates.CostOf(100_000), 1e-6);
    }
}
