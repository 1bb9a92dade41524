using Sim.Models.Inventory;
using Sim.Models.Kpis;

namespace Sim.Models.Tests.Inventory;

public sealed class ReorderRulesTests
{
    [Theory]
    [InlineData(4.0, 0.0)]
    [InlineData(3.0, 17.0)]
    [InlineData(-2.0, 22.0)]
    public void MinMax_OrderQuantity_UpToSWhenAtOrBelowS(double position, double expected) =>
        Assert.Equal(expected, new MinMaxRule(3, 20).OrderQuantity(position));

    [Theory]
    [InlineData(25.0, 0.0)]
    [InlineData(12.0, 8.0)]
    [InlineData(-5.0, 25.0)]
    public void BaseStock_OrderQuantity_UpToS(double position, double expected) =>
        Assert.Equal(expected, new BaseStockRule(20, 7).OrderQuantity(position));

    [Fact]
    public void MinMax_NoReviewPeriod_IsContinuous()
    {
        Assert.True(new MinMaxRule(3, 20).ContinuousReview);
        Assert.False(new MinMaxRule(3, 20, 7).ContinuousReview);
        Assert.False(new BaseStockRule(20, 7).ContinuousReview);
    }

    [Fact]
    public void MinMax_ReorderPointNotBelowOrderUpTo_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MinMaxRule(20, 20));

    [Fact]
    public void For_BaseStockPolicy_BaseStockRule()
    {
        var rule = ReorderRules.For(new StockPolicy { ProductClass = "p", Kind = StockPolicyKind.BaseStock, OrderUpTo = 50, ReviewPeriodDays = 3 });

        var baseStock = Assert.IsType<BaseStockRule>(rule);
        Assert.Equal(3, baseStock.ReviewPeriodDays);
    }
}
