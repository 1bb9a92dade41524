using Sim.Models.Customs;
using Sim.Models.Demand;
using Sim.Models.Inventory;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Flow;

/// <summary>
/// Small scenarios built in code: one origin, one market (US), one product, constant leg times so
/// that delivery times are known exactly, and variants made with <c>with</c>.
/// </summary>
internal static class TestScenarios
{
    public const double ExpressDays = 0.25 + 1.0 + 1.0 + 2.0;

    public static DistributionSpec Hours(double hours) => DistributionSpec.ConstantHours(hours);

    public static DistributionSpec Days(double days) => DistributionSpec.ConstantHours(days * 24);

    public static Leg Leg(string id, LegKind kind, DistributionSpec time, LegCost? cost = null, double loss = 0, CostCategory category = CostCategory.Transport) => new()
    {
        Id = id,
        Kind = kind,
        ProcessingTime = time,
        Cost = cost ?? LegCost.Zero,
        CostCategory = category,
        LossProbability = loss,
    };

    public static Mode Express { get; } = new()
    {
        Id = "express",
        Name = "express",
        Kind = ModeKind.InternationalExpress,
        Legs =
        [
            Leg("pickup", LegKind.Pickup, Hours(6), new LegCost { PerParcel = 1 }),
            Leg("linehaul", LegKind.LinehaulAir, Hours(24), new LegCost { PerParcel = 10, PerKg = 4 }),
            Leg("import-customs", LegKind.ImportCustoms, Hours(0), category: CostCategory.Handling),
            Leg("last-mile", LegKind.LastMile, Days(2), new LegCost { PerParcel = 3 }),
        ],
    };

    public static Mode Postal { get; } = new()
    {
        Id = "postal",
        Name = "postal",
        Kind = ModeKind.PostalSmallPacket,
        Legs =
        [
            Leg("linehaul", LegKind.LinehaulAir, Days(6), new LegCost { PerParcel = 2, PerKg = 3 }, loss: 0.02),
            Leg("import-customs", LegKind.ImportCustoms, Hours(0), category: CostCategory.Handling),
            Leg("last-mile", LegKind.LastMile, Days(4), new LegCost { PerParcel = 2 }),
        ],
    };

    public static Mode Warehouse { get; } = new()
    {
        Id = "owh",
        Name = "owh",
        Kind = ModeKind.OverseasWarehouse,
        Legs =
        [
            Leg("pick-pack", LegKind.WarehouseFulfilment, Hours(1), new LegCost { PerParcel = 1 }, category: CostCategory.Handling),
            Leg("last-mile", LegKind.LastMile, Days(1), new LegCost { PerParcel = 4 }),
        ],
    };

    public static Mode Sea { get; } = new()
    {
        Id = "sea",
        Name = "sea",
        Kind = ModeKind.Replenishment,
        Legs = [Leg("ocean", LegKind.LinehaulSea, Days(20), new LegCost { PerContainer = 5000 })],
    };

    public static Scenario Direct(FulfilmentPolicySpec? policy = null, double ordersPerDay = 200, double horizonDays = 30) => new()
    {
        Name = "test",
        Currency = "USD",
        StartDate = new DateOnly(2025, 4, 1),
        HorizonDays = horizonDays,
        Nodes =
        [
            new Node { Id = "cn", Name = "cn", Kind = NodeKind.OriginRegion, Country = "CN" },
            new Node { Id = "us-customs", Name = "us-customs", Kind = NodeKind.ImportCustomsPoint, Country = "US" },
            new Node { Id = "us-lm", Name = "us-lm", Kind = NodeKind.LastMileZone, Country = "US" },
            new Node { Id = "us-wh", Name = "us-wh", Kind = NodeKind.OverseasWarehouse, Country = "US" },
        ],
        Markets =
        [
            new Market
            {
                Code = "US",
                Name = "US",
                ImportCustomsNode = "us-customs",
                LastMileZone = "us-lm",
                ImportCustomsProfile = "us-import",
                DutyRegimes = [new DutyRegime { EffectiveFrom = new DateOnly(2020, 1, 1), DeMinimis = 800, DutyRate = 0.3 }],
            },
        ],
        CustomsProfiles = [new CustomsProfile { Id = "us-import", DeclarationTime = Days(1) }],
        Modes = [Express, Postal, Warehouse, Sea],
        ProductClasses = [new ProductClass { Id = "gadget", Name = "gadget", Value = 25, WeightKg = 0.5, VolumeM3 = 0.002, PromiseDays = 10 }],
        Lanes =
        [
            new LaneSpec { Origin = "cn", Market = "US", Mode = "express" },
            new LaneSpec { Origin = "cn", Market = "US", Mode = "postal" },
        ],
        DemandStreams =
        [
            new DemandStreamSpec { Origin = "cn", Market = "US", ProductClass = "gadget", OrdersPerDay = ordersPerDay, WeeklyPattern = [1, 1, 1, 1, 1, 1, 1] },
        ],
        Fulfilment = [new LaneFulfilment { Market = "US", ProductClass = "gadget", Policy = policy ?? new FixedModePolicy { Mode = "express" } }],
    };

    /// <summary>Every order goes to the warehouse, which holds <paramref name="initialStock"/> and reorders by sea (20 days).</summary>
    public static Scenario WithWarehouse(double initialStock, StockOutAction onStockOut, double reorderPoint = 10, double orderUpTo = 1000) =>
        Direct(new FixedModePolicy { Mode = "owh" }) with
        {
            Warehouses =
            [
                new Warehouse
                {
                    Id = "us-wh",
                    Kind = WarehouseKind.Overseas,
                    Market = "US",
                    FulfilmentMode = "owh",
                    ReplenishmentMode = "sea",
                    ReplenishmentOrigin = "cn",
                    HoldingCostPerUnitDay = 0.01,
                    Policies =
                    [
                        new StockPolicy
                        {
                            ProductClass = "gadget",
                            Kind = StockPolicyKind.MinMax,
                            ReorderPoint = reorderPoint,
                            OrderUpTo = orderUpTo,
                            InitialStock = initialStock,
                            OnStockOut = onStockOut,
                            FallbackMode = onStockOut == StockOutAction.FallbackToMode ? "express" : null,
                        },
                    ],
                },
            ],
        };
}
