using Sim.Models.Kpis;

namespace Sim.Models.Tests.Kpis;

public sealed class ReplicationKpisTests
{
    [Fact]
    public void Merge_SameAndDifferentKeys_AddsAndUnites()
    {
        var a = new ParcelGroupKpis(GroupKey.Parse("all")) { Orders = 3, Delivered = 3 };
        a.DeliveryDays.Add(1);
        var b = new ParcelGroupKpis(GroupKey.Parse("all")) { Orders = 2, Lost = 2 };
        var c = new ParcelGroupKpis(GroupKey.Parse("mode=x")) { Orders = 1 };
        var first = new ReplicationKpis(0, [a], [], []) { ParcelsSimulated = 5, PeakParcelsInFlight = 4 };
        var second = new ReplicationKpis(1, [b, c], [], []) { ParcelsSimulated = 7, PeakParcelsInFlight = 9 };

        var merged = first.Merge(second);

        Assert.Equal(["all", "mode=x"], merged.Groups.Select(g => g.Key.ToString()));
        Assert.Equal(5, merged.Group("all")!.Orders);
        Assert.Equal(5, merged.Group("all")!.Terminated);
        Assert.Equal(1, merged.Group("all")!.DeliveryDays.Count);
        Assert.Equal(12, merged.ParcelsSimulated);
        Assert.Equal(9, merged.PeakParcelsInFlight);
        Assert.Equal(3, a.Orders);
    }

    [Fact]
    public void Merge_DifferentCurrencies_Throws()
    {
        var dollars = new ReplicationKpis(0, [], [], []) { Currency = "USD" };
        var euros = new ReplicationKpis(1, [], [], []) { Currency = "EUR" };

        Assert.Throws<ArgumentException>(() => dollars.Merge(euros));
    }
}
