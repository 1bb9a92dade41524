using Sim.Models.Network;

namespace Sim.Models.Tests.Network;

public sealed class ModeKindFactsTests
{
    [Fact]
    public void Families_EveryKind_InExactlyOneFamily()
    {
        foreach (var kind in Enum.GetValues<ModeKind>())
        {
            int families = new[] { kind.IsWarehouseMode(), kind.IsDirectMode(), kind.IsReplenishment(), kind.IsReverse() }.Count(b => b);
            Assert.True(families == 1, $"{kind} is in {families} families");
        }
    }

    [Fact]
    public void IsWarehouseMode_EveryKind_OverseasBorderAndBondedOnly() =>
        Assert.Equal([ModeKind.OverseasWarehouse, ModeKind.BorderWarehouse, ModeKind.BondedImport], Enum.GetValues<ModeKind>().Where(k => k.IsWarehouseMode()));

    [Fact]
    public void CarriesOrders_EveryKind_TheSevenBusinessModes()
    {
        var carrying = Enum.GetValues<ModeKind>().Where(k => k.CarriesOrders()).ToList();

        Assert.Equal(7, carrying.Count);
        Assert.DoesNotContain(ModeKind.Replenishment, carrying);
        Assert.DoesNotContain(ModeKind.Reverse, carrying);
    }
}
