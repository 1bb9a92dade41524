using Sim.Models.Flow;
using Sim.Models.Flow.Compilation;
using Sim.Models.Planning.NetworkDesign;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Planning.NetworkDesign;

public sealed class ServiceLevelCheckTests
{
    private static ServiceTarget Target(ServiceMeasure measure, double target, double required) => new(
        0,
        new ServiceLevel { Market = "US", Share = 0.9, WithinDays = 10, MeanDays = 8 },
        measure,
        target,
        required,
        100,
        []);

    [Theory]
    [InlineData(0.9, 0.003, true)] // the lower end 0.897 is within half a point of 0.9
    [InlineData(0.899, 0.003, true)] // 0.896: less than half a point below
    [InlineData(0.897, 0.003, false)] // 0.894
    [InlineData(0.95, double.NaN, true)] // one replication: the mean alone
    [InlineData(0.894, double.NaN, false)]
    public void Met_Share_TheLowerEndWithinHalfAPoint(double simulated, double halfWidth, bool met)
    {
        var check = new ServiceLevelCheck(Target(ServiceMeasure.ShareWithin, 0.9, 0.9), 0.9, simulated, halfWidth);

        Assert.Equal(met, check.Met);
        Assert.Equal(0.9 - (simulated - (double.IsNaN(halfWidth) ? 0 : halfWidth)), check.ShortBy, 12);
    }

    [Theory]
    [InlineData(7.9, 0.1, true)] // the upper end 8.0
    [InlineData(7.98, 0.05, true)] // 8.03, below 8 × 1.005
    [InlineData(8.0, 0.05, false)] // 8.05
    public void Met_MeanDays_TheUpperEndWithinHalfAPercent(double simulated, double halfWidth, bool met)
    {
        var check = new ServiceLevelCheck(Target(ServiceMeasure.MeanDays, 8, 8), 8, simulated, halfWidth);

        Assert.Equal(met, check.Met);
    }

    [Fact]
    public void Met_NothingSimulated_NotMeasuredAndNotMet()
    {
        var check = new ServiceLevelCheck(Target(ServiceMeasure.ShareWithin, 0.9, 0.9), 0.9, double.NaN, double.NaN);

        Assert.False(check.Measured);
        Assert.False(check.Met);
    }

    /// <summary>
    /// Every order by express, whose legs take 4.25 days exactly: none is delivered within 4 days, every
    /// one that arrives within 5; the share is over all orders, the lost ones included (0.2% on the line-haul).
    /// </summary>
    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Measure_ConstantLegs_ShareWithinTheDaysOverEveryOrder(double days)
    {
        var scenario = PlanningScenarios.TwoClasses(PlanningSettings.Default) with { Warehouses = [] };
        var replications = Enumerable.Range(0, 3).Select(i => ScenarioSimulation.RunReplication(RouteCompiler.Compile(scenario), 7, i)).ToList();
        var level = new ServiceLevel { Market = "US", Share = 0.5, WithinDays = days };
        var target = new ServiceTarget(0, level, ServiceMeasure.ShareWithin, 0.5, 0.5, 300, []);

        var (mean, halfWidth) = ServiceLevelCheck.Measure(target, replications);

        var shares = replications.Select(r => r.Group("market=US")!).Select(g => days < 4.25 ? 0 : (double)(g.Delivered + g.Returned) / g.Orders).ToList();
        Assert.Equal(shares.Average(), mean, 12);
        Assert.True(days < 4.25 ? mean == 0 : mean is > 0.99 and < 1);
        Assert.True(halfWidth >= 0);
    }

    [Fact]
    public void Next_ShortShareAndShortDays_EachTightenedByItsShortfallAndTheMetOneKept()
    {
        var share = new ServiceLevel { Market = "US", Share = 0.9, WithinDays = 10 };
        var days = new ServiceLevel { Market = "DE", MeanDays = 8 };
        var met = new ServiceLevel { Market = "GB", Share = 0.8, WithinDays = 15 };
        var current = new PlanningAdjustments { RequiredTargets = new Dictionary<(string, ServiceMeasure), double> { [("US", ServiceMeasure.ShareWithin)] = 0.92, [("GB", ServiceMeasure.ShareWithin)] = 0.85 } };
        ServiceLevelCheck Check(ServiceLevel level, ServiceMeasure measure, double target, double required, double simulated, double halfWidth) =>
            new(new ServiceTarget(0, level, measure, target, required, 100, []), required, simulated, halfWidth);

        var (required, atLimit) = TargetTightening.Next(current, [
            Check(share, ServiceMeasure.ShareWithin, 0.9, 0.92, 0.88, 0.01), // lower end 0.87: 0.03 short
            Check(days, ServiceMeasure.MeanDays, 8, 8, 8.5, 0.25), // upper end 8.75: 0.75 days over
            Check(met, ServiceMeasure.ShareWithin, 0.8, 0.85, 0.81, 0.005)]);

        Assert.Empty(atLimit);
        Assert.Equal(0.95, required[("US", ServiceMeasure.ShareWithin)], 12);
        Assert.Equal(7.25, required[("DE", ServiceMeasure.MeanDays)], 12);
        Assert.Equal(0.85, required[("GB", ServiceMeasure.ShareWithin)], 12);
    }

    [Fact]
    public void Next_ShareRequiredAtOneAndStillShort_AtItsLimit()
    {
        var level = new ServiceLevel { Market = "US", Share = 0.99, WithinDays = 10 };
        var check = new ServiceLevelCheck(new ServiceTarget(0, level, ServiceMeasure.ShareWithin, 0.99, 1, 100, []), 0.998, 0.97, 0.002);

        var (required, atLimit) = TargetTightening.Next(PlanningAdjustments.None, [check]);

        Assert.Equal(1, required[("US", ServiceMeasure.ShareWithin)]);
        var shortfall = Assert.Single(atLimit);
        Assert.Equal(new Shortfall("market US", "share", 1, 0.998, 10), shortfall);
    }
}
