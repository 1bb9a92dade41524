using Sim.Models.Planning.Plans;

namespace Sim.Models.Tests.Planning.Plans;

public sealed class ValueListTests
{
    [Fact]
    public void Equals_SameItemsInSameOrder_EqualWithEqualHashes()
    {
        ValueList<string> a = ["x", "y"];
        var b = new[] { "x", "y" }.ToValueList();

        Assert.Equal(a, b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_OtherOrderOrLength_NotEqual()
    {
        ValueList<int> a = [1, 2];

        Assert.NotEqual(a, [2, 1]);
        Assert.NotEqual(a, [1, 2, 3]);
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void Equals_RecordsHoldingLists_CompareByValue()
    {
        var one = new LanePlan { Origin = "o", Market = "US", ProductClass = "c", Shares = [new RouteShare { Mode = "m", Share = 1 }] };
        var two = new LanePlan { Origin = "o", Market = "US", ProductClass = "c", Shares = [new RouteShare { Mode = "m", Share = 1 }] };

        Assert.Equal(one, two);
        Assert.NotEqual(one, two with { Shares = [new RouteShare { Mode = "m", Share = 0.5 }, new RouteShare { Mode = "n", Share = 0.5 }] });
    }

    [Fact]
    public void Enumerate_Items_InOrderWithCountAndIndexer()
    {
        ValueList<int> list = [3, 1, 2];

        Assert.Equal([3, 1, 2], list);
        Assert.Equal(3, list.Count);
        Assert.Equal(2, list[2]);
        Assert.Equal("[3, 1, 2]", list.ToString());
    }
}
