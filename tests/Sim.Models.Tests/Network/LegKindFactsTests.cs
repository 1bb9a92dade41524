using Sim.Models.Customs;
using Sim.Models.Network;

namespace Sim.Models.Tests.Network;

public sealed class LegKindFactsTests
{
    private static readonly Market Us = new()
    {
        Code = "US",
        Name = "US",
        ImportCustomsNode = "us-customs",
        LastMileZone = "us-lm",
        ImportCustomsProfile = "us-import",
        DutyRegimes = [new DutyRegime { EffectiveFrom = new DateOnly(2020, 1, 1) }],
    };

    [Fact]
    public void IsLinehaul_EveryKind_ExactlyTheLinehaulKinds()
    {
        var linehaul = Enum.GetValues<LegKind>().Where(k => k.IsLinehaul());

        Assert.Equal([LegKind.LinehaulAir, LegKind.LinehaulSea, LegKind.LinehaulRail, LegKind.LinehaulRoad], linehaul);
    }

    [Fact]
    public void IsCustoms_EveryKind_ExportAndImportOnlyAndOnlyImportChargesDuty()
    {
        Assert.Equal([LegKind.ExportCustoms, LegKind.ImportCustoms], Enum.GetValues<LegKind>().Where(k => k.IsCustoms()));
        Assert.Equal([LegKind.ImportCustoms], Enum.GetValues<LegKind>().Where(k => k.IsImportCustoms()));
    }

    [Theory]
    [InlineData(LegKind.ImportCustoms, "us-customs")]
    [InlineData(LegKind.LastMile, "us-lm")]
    [InlineData(LegKind.WarehouseFulfilment, "us-wh")]
    [InlineData(LegKind.HubProcessing, null)]
    [InlineData(LegKind.LinehaulAir, null)]
    public void DefaultNode_LegNamingNoNode_MarketOrWarehouseNodeOrNone(LegKind kind, string? expected) =>
        Assert.Equal(expected, kind.DefaultNode(Us, "us-wh"));

    [Theory]
    [InlineData(LegKind.Pickup, ModeKind.InternationalExpress, CostCategory.Transport)]
    [InlineData(LegKind.LinehaulSea, ModeKind.Replenishment, CostCategory.Transport)]
    [InlineData(LegKind.LastMile, ModeKind.OverseasWarehouse, CostCategory.Transport)]
    [InlineData(LegKind.HubProcessing, ModeKind.PostalSmallPacket, CostCategory.Handling)]
    [InlineData(LegKind.ImportCustoms, ModeKind.PostalSmallPacket, CostCategory.Handling)]
    [InlineData(LegKind.ReturnLeg, ModeKind.PostalSmallPacket, CostCategory.Returns)]
    [InlineData(LegKind.LinehaulAir, ModeKind.Reverse, CostCategory.Returns)]
    public void DefaultCostCategory_KindAndMode_TheDocumentedBucket(LegKind kind, ModeKind mode, CostCategory expected) =>
        Assert.Equal(expected, kind.DefaultCostCategory(mode));
}
