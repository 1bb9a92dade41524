using Sim.Models.Kpis;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Flow;

public sealed partial class ParcelFlowModelTests
{
    [Fact]
    public void Run_SeizuresAtImport_SeizedParcelsPayNoDutyAndTheirValueIsLost()
    {
        // Every express parcel (value 25) owes 30% duty once de minimis is off; customs seizes 30%.
        var scenario = TestScenarios.Direct();
        var market = scenario.Markets[0];
        var seizing = scenario with
        {
            Markets = [market with { DutyRegimes = [market.DutyRegimes[0] with { DeMinimis = 0 }] }],
            CustomsProfiles = [scenario.CustomsProfiles[0] with { SeizureProbability = 0.3 }],
        };

        var express = Run(seizing).Group("mode=express")!;

        Assert.True(express.Seized > 1000, "about 1,800 seizures");
        Assert.Equal(7.5 * (express.Orders - express.Seized), express.DutiesAndTaxes, 6);
        Assert.Equal(25.0 * express.Seized, express.GoodsValueLost, 6);
    }

    [Fact]
    public void Run_LostParcels_PayTheLegTheyWereLostOnAndTheirValueIsLost()
    {
        // Postal: line-haul (2 + 3/kg x 0.5 kg = 3.5) loses 2%; customs and last mile (2) follow.
        var postal = Run(TestScenarios.Direct(new FixedModePolicy { Mode = "postal" })).Group("mode=postal")!;

        Assert.True(postal.Lost > 50);
        Assert.Equal((3.5 * postal.Orders) + (2.0 * (postal.Orders - postal.Lost)), postal.TransportCost, 6);
        Assert.Equal(25.0 * postal.Lost, postal.GoodsValueLost, 6);
    }
}
