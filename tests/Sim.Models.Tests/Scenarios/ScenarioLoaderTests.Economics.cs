using Sim.Models.Inventory;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Scenarios;

/// <summary>The fields of the economics issue: warehouses that planning can place, landed cost, ageing stock.</summary>
public sealed partial class ScenarioLoaderTests
{
    private const string Warehouse = "    replenishment_origin: shenzhen\n";

    /// <summary>A second market, CA, cleared and delivered at the US nodes, with no demand of its own.</summary>
    private static readonly (string, string) SecondMarket = (
        "product_classes:",
        """
          - code: CA
            import_customs_node: us-customs
            last_mile_zone: us-last-mile
            import_customs_profile: us-import
            duty_regimes:
              - {effective_from: 2016-03-10, de_minimis: 150, duty_rate: 0.1}
        product_classes:
        """);

    private static ScenarioError OnlyError(ScenarioFiles files) => Assert.Single(ScenarioLoader.Validate(files.YamlPath));

    [Fact]
    public void Load_WarehouseEconomics_MapsEveryField()
    {
        using var files = ScenarioFiles.Edited(
            SecondMarket,
            (Warehouse, Warehouse + """
                    also_serves: [{market: CA}]
                    capacity_m3: 40
                    on_overflow: overflow
                    overflow_cost_per_day: 0.5
                    fixed_cost_per_day: 120
                    pick_capacity_per_day: 900
                    candidate: true

                """),
            ("initial_stock: 200,", "initial_stock: 200, write_off_after_days: 90,"),
            ("{id: apparel, value: 25,", "{id: apparel, value: 25, customs_value: 9,"));

        var scenario = ScenarioLoader.Load(files.YamlPath);

        var warehouse = Assert.Single(scenario.Warehouses);
        Assert.Equal([new WarehouseMarket("US", "owh"), new WarehouseMarket("CA", "owh")], warehouse.Serves);
        Assert.True(warehouse.ServesBy("CA", "owh") && !warehouse.ServesBy("CA", "express"));
        Assert.Equal((40.0, StorageOverflow.Overflow, 0.5), (warehouse.CapacityM3!.Value, warehouse.OnOverflow, warehouse.OverflowCostPerDay));
        Assert.Equal((120.0, 900.0, true), (warehouse.FixedCostPerDay, warehouse.PickCapacityPerDay!.Value, warehouse.Candidate));
        Assert.Equal(90.0, warehouse.Policies[0].WriteOffAfterDays);
        Assert.Equal(9.0, scenario.ProductClasses[0].ImportValue);
        Assert.Equal(25.0, scenario.ProductClasses[0].Value);
    }

    [Fact]
    public void Load_WarehouseWithoutEconomics_HasTheDefaults()
    {
        using var files = ScenarioFiles.With();

        var warehouse = Assert.Single(ScenarioLoader.Load(files.YamlPath).Warehouses);

        Assert.Equal([new WarehouseMarket("US", "owh")], warehouse.Serves);
        Assert.Equal((StorageOverflow.Refuse, 0.0, false), (warehouse.OnOverflow, warehouse.FixedCostPerDay, warehouse.Candidate));
        Assert.Null(warehouse.PickCapacityPerDay);
        Assert.Null(warehouse.Policies[0].WriteOffAfterDays);
        Assert.Equal(0.0, warehouse.Policies[0].WriteOffRatePerDay);
    }

    [Theory]
    [InlineData("also_serves: [{market: US}]", "warehouses[us-warehouse].also_serves[US]", "duplicate market served by the warehouse 'US'")]
    [InlineData("also_serves: [{market: MX}]", "warehouses[us-warehouse].also_serves[MX].market", "unknown market 'MX'")]
    [InlineData("also_serves: [{market: CA, fulfilment_mode: express}]", "warehouses[us-warehouse].also_serves[CA].fulfilment_mode", "expected overseas_warehouse")]
    [InlineData("capacity_units: 10\n    capacity_m3: 5", "warehouses[us-warehouse].capacity_m3", "give at most one of capacity_units or capacity_m3")]
    [InlineData("on_overflow: overflow\n    overflow_cost_per_day: 1", "warehouses[us-warehouse].on_overflow", "overflow needs a storage capacity")]
    [InlineData("capacity_units: 10\n    on_overflow: overflow", "warehouses[us-warehouse].overflow_cost_per_day", "required when on_overflow is overflow")]
    [InlineData("capacity_units: 10\n    overflow_cost_per_day: 1", "warehouses[us-warehouse].overflow_cost_per_day", "is only used when on_overflow is overflow")]
    [InlineData("on_overflow: spill", "warehouses[us-warehouse].on_overflow", "'spill' is not one of refuse, overflow")]
    [InlineData("pick_capacity_per_day: 0", "warehouses[us-warehouse].pick_capacity_per_day", "must be in (0, 1e9] orders/day")]
    [InlineData("fixed_cost_per_day: -1", "warehouses[us-warehouse].fixed_cost_per_day", "must be in [0, 1e9]")]
    [InlineData("candidate: maybe", "warehouses[us-warehouse].candidate", "expected true or false")]
    public void Validate_BadWarehouseEconomics_NamesTheField(string field, string path, string reason)
    {
        using var files = ScenarioFiles.Edited(SecondMarket, (Warehouse, Warehouse + "    " + field + "\n"));

        var error = OnlyError(files);

        Assert.Equal(path, error.Field);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TwoWarehousesServingOneMarketByOneMode_IsRejectedAtTheSecond()
    {
        using var files = ScenarioFiles.Edited(
            SecondMarket,
            ("  - {id: us-warehouse, kind: overseas_warehouse, country: US}", "  - {id: us-warehouse, kind: overseas_warehouse, country: US}\n  - {id: ca-warehouse, kind: overseas_warehouse, country: CA}"),
            ("fulfilment:", """
                  - id: ca-warehouse
                    kind: overseas
                    market: CA
                    fulfilment_mode: owh
                    also_serves: [{market: US}]
                    replenishment_mode: sea
                    replenishment_origin: shenzhen
                    policies: [{product_class: apparel, kind: base_stock, order_up_to: 10, review_period_days: 7}]
                fulfilment:
                """));

        var error = OnlyError(files);

        Assert.Equal("warehouses[ca-warehouse].also_serves[US].fulfilment_mode", error.Field);
        Assert.Contains("another warehouse already serves market US by mode owh", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("write_off_after_days: 0,", "write_off_after_days", "must be in (0, 3650] days")]
    [InlineData("write_off_rate_per_day: 1.5,", "write_off_rate_per_day", "must be in [0, 1]")]
    [InlineData("write_off_after_days: 30, write_off_rate_per_day: 0.01,", "write_off_rate_per_day", "give at most one of write_off_after_days or write_off_rate_per_day")]
    public void Validate_BadWriteOff_NamesTheField(string fields, string field, string reason)
    {
        using var files = ScenarioFiles.With("initial_stock: 200,", "initial_stock: 200, " + fields);

        var error = OnlyError(files);

        Assert.Equal("warehouses[us-warehouse].policies[apparel]." + field, error.Field);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CustomsValueOfZero_IsOutOfRange()
    {
        using var files = ScenarioFiles.With("{id: apparel, value: 25,", "{id: apparel, value: 25, customs_value: 0,");

        var error = OnlyError(files);

        Assert.Equal("product_classes[apparel].customs_value", error.Field);
        Assert.Contains("must be in (0, 1e9]", error.Reason, StringComparison.Ordinal);
    }
}
