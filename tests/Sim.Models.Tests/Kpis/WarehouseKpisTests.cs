using Sim.Models.Kpis;

namespace Sim.Models.Tests.Kpis;

public sealed class WarehouseKpisTests
{
    [Fact]
    public void AddStockPoint_TwoProducts_AverageStockIsTheirSum()
    {
        var warehouse = new WarehouseKpis(GroupKey.Parse("warehouse=w"));
        warehouse.AddStockPoint(new WarehouseKpis(GroupKey.Parse("warehouse=w;product=a")) { StockUnitHours = 10 * 48, ObservedHours = 48, Demands = 3 });
        warehouse.AddStockPoint(new WarehouseKpis(GroupKey.Parse("warehouse=w;product=b")) { StockUnitHours = 5 * 48, ObservedHours = 48, Demands = 2 });

        Assert.Equal(15.0, warehouse.AverageStock, 9);
        Assert.Equal(5, warehouse.Demands);
    }

    [Fact]
    public void Merge_TwoReplications_AverageStockWeightedByDuration()
    {
        var first = new WarehouseKpis(GroupKey.Parse("warehouse=w")) { StockUnitHours = 10 * 24, ObservedHours = 24 };
        first.Merge(new WarehouseKpis(GroupKey.Parse("warehouse=w")) { StockUnitHours = 40 * 72, ObservedHours = 72 });

        Assert.Equal(((10 * 24) + (40 * 72)) / 96.0, first.AverageStock, 9);
    }

    [Fact]
    public void Merge_EveryCountCostAndStockHour_Added() =>
        MergeAssert.AddsEveryField(() => new WarehouseKpis(GroupKey.Parse("warehouse=w")), (a, b) => a.Merge(b));
}
