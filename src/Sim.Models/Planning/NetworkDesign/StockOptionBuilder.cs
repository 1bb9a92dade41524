using Sim.Models.Demand;
using Sim.Models.Flow.Compilation;
using Sim.Models.Inventory;
using Sim.Models.Scenarios;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// Collects the (warehouse, class) pairs routes may draw stock from and, once every route is known,
/// describes each: its demand bound and dispersion, its shortage cost (a fallback's extra cost per
/// unit, or the backorder penalty), the direct mode it falls back to, and its replenishment options.
/// Used by one builder.
/// </summary>
internal sealed class StockOptionBuilder(
    Scenario scenario,
    PlanningAdjustments adjustments,
    MeasuredDays days,
    IReadOnlyList<WarehouseOption> warehouses,
    IReadOnlyDictionary<(string Warehouse, string Mode), CompiledRoute> replenishmentRoutes,
    IReadOnlyList<(DemandSegment Segment, DemandStreamSpec Stream)> streams)
{
    private readonly List<(int Warehouse, string ProductClass)> _pairs = [];

    /// <summary>The index of the stock option of <paramref name="productClass"/> at warehouse <paramref name="warehouse"/>, created on first use.</summary>
    public int OptionFor(int warehouse, string productClass)
    {
        int index = _pairs.IndexOf((warehouse, productClass));
        if (index < 0)
        {
            index = _pairs.Count;
            _pairs.Add((warehouse, productClass));
        }

        return index;
    }

    public List<StockOption> Build(IReadOnlyList<RouteOption> routes) => [.. _pairs.Select((pair, index) => Describe(index, pair.Warehouse, pair.ProductClass, routes))];

    private StockOption Describe(int index, int warehouseIndex, string productClass, IReadOnlyList<RouteOption> routes)
    {
        var option = warehouses[warehouseIndex];
        var warehouse = scenario.Warehouses.First(w => w.Id == option.Id);
        var product = scenario.ProductClasses.First(p => p.Id == productClass);
        // One stock serves every market of the warehouse: its demand is theirs together.
        var mine = streams.Where(s => option.Markets.Contains(s.Segment.Market) && s.Segment.ProductClass == productClass).ToList();
        double units = mine.Sum(s => s.Segment.UnitsPerDay);
        double squares = mine.Sum(s => s.Segment.OrdersPerDay * s.Segment.Units * s.Segment.Units);
        var policy = warehouse.Policies.FirstOrDefault(p => p.ProductClass == productClass);
        var fallback = policy is { OnStockOut: StockOutAction.FallbackToMode } ? policy.FallbackMode : CheapestDirect(option.Markets, productClass, routes);
        double shortage = scenario.Planning.BackorderPenaltyPerUnitDay;
        if (fallback is not null)
        {
            double Unit(IEnumerable<RouteOption> options) =>
                options.Select(r => r.CostPerOrder / mine.First(s => s.Segment.Index == r.Segment).Segment.Units).DefaultIfEmpty(double.NaN).Average();
            var segments = mine.Select(s => s.Segment.Index).ToHashSet();
            double extra = Unit(routes.Where(r => segments.Contains(r.Segment) && r.Mode == fallback && r.Warehouse is null))
                - Unit(routes.Where(r => r.StockOption == index));
            shortage = double.IsFinite(extra) ? Math.Max(extra, warehouse.HoldingCostPerUnitDay) : shortage;
        }

        var streamsOfClass = mine.Select(s => s.Stream).Distinct().ToList();
        return new StockOption(
            index,
            warehouseIndex,
            productClass,
            warehouse.HoldingCostPerUnitDay,
            product.VolumeM3,
            units,
            units > 0 ? squares / units : 1,
            adjustments.ReferenceUnitsPerDay.TryGetValue((option.Id, productClass), out double reference) && reference > 0 ? reference : Math.Max(units, 1e-6),
            Math.Max(shortage, 1e-9),
            [.. option.ReplenishmentModes.Select(mode => Replenishment(option.Id, mode, product, streamsOfClass))],
            policy,
            fallback,
            policy is { Kind: StockPolicyKind.BaseStock, ReviewPeriodDays: > 0 } ? policy.ReviewPeriodDays : null);
    }

    private ReplenishmentOption Replenishment(string warehouse, string mode, ProductClass product, IReadOnlyList<DemandStreamSpec> demand)
    {
        var route = replenishmentRoutes[(warehouse, mode)];
        var one = RouteExpectation.For(route, product, 1);
        var two = RouteExpectation.For(route, product, 2);
        double dutyOne = days.OrderAverage(demand, one.ExpectedDutiesAndTaxes);
        double perUnit = days.OrderAverage(demand, two.ExpectedDutiesAndTaxes) - dutyOne;
        double lead = adjustments.LeadTimeDays.TryGetValue(warehouse, out double measured) ? measured : one.MeanDeliveryHours / 24;
        return new ReplenishmentOption(mode, one.ShipmentRates, Math.Max(0, perUnit), Math.Max(0, dutyOne - perUnit), lead, one.DeliveryVarianceHours2 / (24 * 24));
    }

    /// <summary>The direct mode with lanes from every origin selling the class in the markets whose B2C orders cost least on average; null when there is none.</summary>
    private string? CheapestDirect(IReadOnlyList<string> markets, string productClass, IReadOnlyList<RouteOption> routes)
    {
        var segments = streams.Where(s => markets.Contains(s.Segment.Market) && s.Segment.ProductClass == productClass && s.Segment.Units == 1).Select(s => s.Segment.Index).ToList();
        return routes.Where(r => r.Warehouse is null && segments.Contains(r.Segment))
            .GroupBy(r => r.Mode)
            .Where(g => g.Select(r => r.Segment).Distinct().Count() == segments.Count)
            .OrderBy(g => g.Average(r => r.CostPerOrder))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
    }
}
