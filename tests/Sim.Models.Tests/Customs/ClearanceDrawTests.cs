using Sim.Engine.Randomness;
using Sim.Engine.Time;
using Sim.Models.Customs;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Customs;

public sealed class ClearanceDrawTests
{
    private static CustomsProfile Profile(double inspection = 0, double hold = 0, double documents = 0, double seizure = 0) => new()
    {
        Id = "p",
        DeclarationTime = DistributionSpec.ConstantHours(24),
        InspectionProbability = inspection,
        InspectionDelay = DistributionSpec.ConstantHours(48),
        HoldProbability = hold,
        HoldDelay = DistributionSpec.ConstantHours(100),
        DocumentErrorProbability = documents,
        DocumentErrorDelay = DistributionSpec.ConstantHours(10),
        SeizureProbability = seizure,
    };

    [Fact]
    public void Draw_NothingCanGoWrong_DeclarationOnlyAndNoRandomNumberUsed()
    {
        var rng = new RandomStream(1);
        var untouched = new RandomStream(1);

        var draw = ClearanceDraw.Draw(new CompiledCustomsProfile(Profile()), rng);

        Assert.Equal(new ClearanceDraw(24 * SimDuration.TicksPerHour, false, false), draw);
        Assert.Equal(untouched.NextUInt64(), rng.NextUInt64());
    }

    [Fact]
    public void Draw_EverythingCertain_EveryDelayAddedInspectedAndSeized()
    {
        var draw = ClearanceDraw.Draw(new CompiledCustomsProfile(Profile(1, 1, 1, 1)), new RandomStream(1));

        Assert.Equal((24 + 48 + 100 + 10) * SimDuration.TicksPerHour, draw.DelayTicks);
        Assert.True(draw.Inspected);
        Assert.True(draw.Seized);
    }

    [Fact]
    public void Draw_ManyClearances_FrequenciesAndMeanDelayFollowTheProfile()
    {
        var profile = new CompiledCustomsProfile(Profile(inspection: 0.2, hold: 0.05, documents: 0.1, seizure: 0.01));
        var rng = new RandomStream(99);
        const int N = 200_000;
        int inspected = 0;
        int seized = 0;
        double hours = 0;

        for (int i = 0; i < N; i++)
        {
            var draw = ClearanceDraw.Draw(profile, rng);
            inspected += draw.Inspected ? 1 : 0;
            seized += draw.Seized ? 1 : 0;
            hours += (double)draw.DelayTicks / SimDuration.TicksPerHour;
        }

        // Binomial sd: sqrt(0.2 x 0.8 / N) = 0.0009 and sqrt(0.01 x 0.99 / N) = 0.0002; the mean delay
        // 24 + 0.2 x 48 + 0.05 x 100 + 0.1 x 10 = 39.6 h has sd sqrt(Var / N) with Var < 48^2 x 0.16 +
        // 100^2 x 0.0475 + 100 x 0.09 = 853, so 0.07 h. Every tolerance is five sd or more.
        Assert.Equal(0.2, (double)inspected / N, 0.0045);
        Assert.Equal(0.01, (double)seized / N, 0.001);
        Assert.Equal(39.6, hours / N, 0.35);
    }
}
