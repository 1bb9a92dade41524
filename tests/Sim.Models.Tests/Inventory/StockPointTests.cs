using Sim.Models.Inventory;
using Sim.Models.Kpis;

namespace Sim.Models.Tests.Inventory;

public sealed class StockPointTests
{
    private static StockPoint Create(double initial = 10) =>
        new(new MinMaxRule(3, 20), initial, holdingCostPerUnitDay: 0.5, new WarehouseKpis(GroupKey.Parse("warehouse=w;product=p")));

    [Fact]
    public void TryTake_EnoughOnHand_TakesAndCountsAFill()
    {
        var stock = Create();

        Assert.True(stock.TryTake(4, 1));
        Assert.Equal(6, stock.OnHand);
        Assert.Equal(1, stock.Kpis.FilledFromStock);
        Assert.Equal(1.0, stock.Kpis.FillRate);
    }

    [Fact]
    public void TryTake_TooLittle_StockOutAndNothingTaken()
    {
        var stock = Create(2);

        Assert.False(stock.TryTake(3, 1));
        Assert.Equal(2, stock.OnHand);
        Assert.Equal(1, stock.Kpis.StockOuts);
        Assert.Equal(0.0, stock.Kpis.FillRate);
    }

    [Fact]
    public void Receive_Backorders_ServedFirstComeFirstServedWhileStockLasts()
    {
        var stock = Create(0);
        stock.Backorder(7, 2);
        stock.Backorder(8, 5);
        stock.Backorder(9, 1);
        stock.Ordered(6);
        var released = new List<int>();

        stock.Receive(6, fromReplenishment: true, nowHours: 5, released);

        // 2 for order 7, then order 8 needs 5 of the 4 left: it and everyone behind it wait.
        Assert.Equal([7], released);
        Assert.Equal(4, stock.OnHand);
        Assert.Equal(6, stock.Backordered);
        Assert.Equal(0, stock.OnOrder);
        Assert.Equal(4 - 6, stock.InventoryPosition);
    }

    [Fact]
    public void TryTake_WhileOthersWait_StockOutEvenWithStockOnHand()
    {
        var stock = Create(0);
        stock.Backorder(1, 5);
        stock.Receive(3, fromReplenishment: false, nowHours: 1, []);

        Assert.False(stock.TryTake(1, 2));
    }

    [Fact]
    public void FinishStatistics_ConstantStock_HoldingCostIsUnitsTimesDaysTimesRate()
    {
        var stock = Create(10);

        double cost = stock.FinishStatistics(48);

        // 10 units for 2 days at 0.5 per unit-day.
        Assert.Equal(10.0, cost, 9);
        Assert.Equal(10.0, stock.Kpis.AverageStock, 9);
    }

    [Fact]
    public void ResetStatistics_AfterWarmUp_ForgetsEarlierCounts()
    {
        var stock = Create(10);
        stock.TryTake(5, 1);

        stock.ResetStatistics(24);
        double cost = stock.FinishStatistics(48);

        // 5 units for the one measured day at 0.5 per unit-day.
        Assert.Equal(0, stock.Kpis.Demands);
        Assert.Equal(5 * 0.5, cost, 9);
    }
}
