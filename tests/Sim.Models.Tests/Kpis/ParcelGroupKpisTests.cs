using Sim.Models.Kpis;
using Sim.Models.Network;

namespace Sim.Models.Tests.Kpis;

public sealed class ParcelGroupKpisTests
{
    [Fact]
    public void Merge_EveryCounterSumAndDistribution_Added() =>
        MergeAssert.AddsEveryField(() => new ParcelGroupKpis(GroupKey.Parse("mode=m;market=K")), (a, b) => a.Merge(b));

    [Fact]
    public void AddCost_EachCategory_ItsComponentAndTheTotal()
    {
        var group = new ParcelGroupKpis(GroupKey.All);

        group.AddCost(CostCategory.Transport, 1);
        group.AddCost(CostCategory.Handling, 2);
        group.AddCost(CostCategory.Warehousing, 4);
        group.AddCost(CostCategory.Returns, 8);
        group.DutiesAndTaxes = 16;

        Assert.Equal((1, 2, 4, 8), (group.TransportCost, group.HandlingCost, group.WarehousingCost, group.ReturnsCost));
        Assert.Equal(31, group.TotalCost);
    }
}
