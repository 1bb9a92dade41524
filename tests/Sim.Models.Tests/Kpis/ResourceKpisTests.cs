using Sim.Models.Kpis;

namespace Sim.Models.Tests.Kpis;

public sealed class ResourceKpisTests
{
    [Fact]
    public void Merge_EveryAreaCountAndTally_Added() =>
        MergeAssert.AddsEveryField(() => new ResourceKpis(GroupKey.Parse("servers=hub"), ResourceKind.Servers, 2), (a, b) => a.Merge(b));

    [Fact]
    public void Utilisation_Servers_BusyAreaOverObservedTimeAndServers()
    {
        var pool = new ResourceKpis(GroupKey.Parse("servers=hub"), ResourceKind.Servers, 4) { ObservedHours = 10, BusyArea = 30, QueueArea = 5 };

        Assert.Equal(0.75, pool.Utilisation, 12);
        Assert.Equal(0.5, pool.MeanQueueLength, 12);
    }
}
