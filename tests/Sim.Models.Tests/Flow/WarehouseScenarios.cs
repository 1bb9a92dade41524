using Sim.Models.Customs;
using Sim.Models.Demand;
using Sim.Models.Inventory;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Flow;

/// <summary>
/// Small warehouse scenarios built in code on <see cref="TestScenarios.Direct"/>: a US warehouse
/// replenished by a two-day constant sea leg costing 2 a unit (no timetable), optionally serving a
/// second market, CA, from the same stock, and a gadget with a customs value of 10.
/// </summary>
internal static class WarehouseScenarios
{
    public static Mode Sea { get; } = new()
    {
        Id = "sea",
        Name = "sea",
        Kind = ModeKind.Replenishment,
        Legs = [TestScenarios.Leg("ocean", LegKind.LinehaulSea, TestScenarios.Days(2), new LegCost { PerParcel = 2 })],
    };

    public static Market Canada { get; } = new()
    {
        Code = "CA",
        Name = "CA",
        ImportCustomsNode = "us-customs",
        LastMileZone = "us-lm",
        ImportCustomsProfile = "us-import",
        DutyRegimes = [new DutyRegime { EffectiveFrom = new DateOnly(2020, 1, 1), DeMinimis = 800 }],
    };

    public static StockPolicy Policy(double initialStock, double reorderPoint = 0, double orderUpTo = 1) => new()
    {
        ProductClass = "gadget",
        Kind = StockPolicyKind.MinMax,
        ReorderPoint = reorderPoint,
        OrderUpTo = orderUpTo,
        InitialStock = initialStock,
        OnStockOut = StockOutAction.FallbackToMode,
        FallbackMode = "express",
    };

    /// <summary>
    /// Orders of the gadget to the US (and, with <paramref name="canada"/>, as many to CA) at
    /// <paramref name="ordersPerDay"/> each, all from the warehouse, which stocks by <paramref name="policy"/>.
    /// </summary>
    public static Scenario With(StockPolicy policy, double ordersPerDay = 20, double horizonDays = 10, bool canada = false, Func<Warehouse, Warehouse>? edit = null)
    {
        var direct = TestScenarios.Direct(new FixedModePolicy { Mode = "owh" }, ordersPerDay, horizonDays);
        var warehouse = new Warehouse
        {
            Id = "us-wh",
            Kind = WarehouseKind.Overseas,
            Market = "US",
            FulfilmentMode = "owh",
            AlsoServes = canada ? [new WarehouseMarket("CA", "owh")] : [],
            ReplenishmentMode = "sea",
            ReplenishmentOrigin = "cn",
            Policies = [policy],
        };
        return direct with
        {
            Markets = canada ? [.. direct.Markets, Canada] : direct.Markets,
            Modes = [.. direct.Modes.Where(m => m.Id != "sea"), Sea],
            ProductClasses = [direct.ProductClasses[0] with { CustomsValue = 10 }],
            Lanes = canada ? [.. direct.Lanes, new LaneSpec { Origin = "cn", Market = "CA", Mode = "express" }] : direct.Lanes,
            DemandStreams = canada ? [.. direct.DemandStreams, direct.DemandStreams[0] with { Market = "CA" }] : direct.DemandStreams,
            Fulfilment = canada ? [.. direct.Fulfilment, direct.Fulfilment[0] with { Market = "CA" }] : direct.Fulfilment,
            Warehouses = [edit is null ? warehouse : edit(warehouse)],
        };
    }
}
