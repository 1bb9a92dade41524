using Sim.Engine.Events;
using Sim.Engine.Resources;

namespace Sim.Engine.Tests.Resources;

public sealed class StoreTests
{
    private sealed class Counter : IStoreListener
    {
        public int Calls { get; private set; }

        public void ReorderLevelReached(Store store) => Calls++;
    }

    [Fact]
    public void TryTake_CrossingTheReorderLevel_TellsTheListenerOnce()
    {
        var counter = new Counter();
        var store = new Store(new Simulator(), initialLevel: 10, capacity: 20, reorderLevel: 4, counter);

        Assert.True(store.TryTake(5));
        Assert.Equal(0, counter.Calls);
        Assert.True(store.TryTake(1));
        Assert.Equal(1, counter.Calls);
        Assert.True(store.TryTake(2));
        Assert.Equal(1, counter.Calls);
        Assert.False(store.TryTake(3));
        Assert.Equal(2, store.OnHand);
        Assert.Equal(3, store.TakesSatisfied);
        Assert.Equal(1, store.TakesRefused);
    }

    [Fact]
    public void Put_BeyondCapacity_AcceptsOnlyWhatFits()
    {
        var store = new Store(new Simulator(), initialLevel: 15, capacity: 20);

        Assert.Equal(5, store.Put(8));
        Assert.Equal(20, store.OnHand);
    }
}
