using Sim.Engine.Randomness;
using Sim.Models.Fulfilment;

namespace Sim.Models.Tests.Fulfilment;

public sealed class RuleBasedFulfilmentTests
{
    private static readonly RuleBasedFulfilment Policy = new([Options.Warehouse, Options.Dedicated, Options.Postal, Options.Express]);

    [Fact]
    public void Choose_WarehouseHasStock_FromStock() =>
        Assert.Equal(0, Policy.Choose(Options.SmallOrder, new FakeStock(5), new RandomStream(1)));

    [Fact]
    public void Choose_NoStockAndLoosePromise_CheapestMode()
    {
        var loose = Options.SmallOrder with { PromiseHours = 30 * 24 };

        Assert.Equal(2, Policy.Choose(loose, new FakeStock(0), new RandomStream(1)));
    }

    [Fact]
    public void Choose_NoStockAndPromiseOnlyDedicatedAndExpressMeet_CheaperOfThem()
    {
        var tighter = Options.SmallOrder with { PromiseHours = 12 * 24 };

        Assert.Equal(1, Policy.Choose(tighter, new FakeStock(0), new RandomStream(1)));
    }

    [Fact]
    public void Choose_NoModeMeetsThePromise_Fastest()
    {
        var impossible = Options.SmallOrder with { PromiseHours = 1 };

        Assert.Equal(3, Policy.Choose(impossible, new FakeStock(0), new RandomStream(1)));
    }

    [Fact]
    public void Choose_TooHeavyForPostal_SkipsPostal()
    {
        var heavyLoose = Options.SmallOrder with { PromiseHours = 30 * 24, WeightKg = 5 };

        Assert.Equal(1, Policy.Choose(heavyLoose, new FakeStock(0), new RandomStream(1)));
    }

    [Fact]
    public void FirstStockOption_IsTheWarehouse() => Assert.Equal(0, Policy.FirstStockOption);
}
