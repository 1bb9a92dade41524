using Sim.Engine.Resources;
using Sim.Models.Kpis;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Flow;

public sealed partial class ParcelFlowModelTests
{
    [Fact]
    public void Run_HubWithOneServer_UtilisationAndWaitMatchMM1()
    {
        // Poisson orders at 200 a day (8.33 an hour) meet one server with exponential service of
        // 3.6 minutes (16.67 an hour): M/M/1 with rho = 0.5 and mean wait rho / (mu - lambda) = 0.06 h.
        var scenario = TestScenarios.Direct(horizonDays: 200);
        var express = scenario.Modes[0];
        var hub = TestScenarios.Leg("hub", LegKind.HubProcessing, new DistributionSpec { Kind = DistributionKind.Exponential, Mean = 3.6, Unit = TimeUnit.Minutes }) with { Node = "hub" };
        var queued = scenario with
        {
            Nodes = [.. scenario.Nodes, new Node { Id = "hub", Name = "hub", Kind = NodeKind.ConsolidationHub, Country = "CN", Servers = 1 }],
            Modes = [express with { Legs = [hub, .. express.Legs] }, .. scenario.Modes.Skip(1)],
        };

        var kpis = Run(queued);

        var pool = kpis.Resources.Single(r => r.Key == GroupKey.Parse("servers=hub"));
        double lambda = 200 / 24.0;
        double mu = 60 / 3.6;

        // 40,000 customers; the queue relaxes in about 1 / (mu (1 - sqrt rho)^2) = 0.7 h, so the run holds
        // some 7,000 independent stretches: the utilisation's sd is under 0.005 and the mean wait's
        // (waits have CV about 2) about 2.5%. The tolerances are four to six of them.
        Assert.Equal(lambda / mu, pool.Utilisation, 0.02);
        Assert.Equal(QueueingFormulas.MmcMeanWait(1, lambda, mu), pool.WaitHours.Mean, 0.06 * 0.15);
        Assert.Equal(lambda * QueueingFormulas.MmcMeanWait(1, lambda, mu), pool.MeanQueueLength, 0.5 * 0.15);
    }

    [Fact]
    public void Run_HubBeforeAWeeklyDeparture_UtilisationMeasuredUpToTheHorizonNotOverTheDrain()
    {
        // 200 orders a day meet one server of constant 5.4 minutes: utilisation 200 / 24 x 0.09 = 0.75.
        // A weekly departure after the hub makes the run drain up to a week past the horizon; measured
        // over the drain too, the utilisation would read about 0.75 x 190 / 200 = 0.71.
        var scenario = TestScenarios.Direct(horizonDays: 200) with { WarmUpDays = 10 };
        var express = scenario.Modes[0];
        var hub = TestScenarios.Leg("hub", LegKind.HubProcessing, TestScenarios.Hours(0.09)) with { Node = "hub" };
        var weekly = new TimetableSpec { DepartureHours = [12], Weekdays = [DayOfWeek.Monday] };
        var legs = express.Legs.Select(l => l.Kind == LegKind.LinehaulAir ? l with { Timetable = weekly } : l);
        var queued = scenario with
        {
            Nodes = [.. scenario.Nodes, new Node { Id = "hub", Name = "hub", Kind = NodeKind.ConsolidationHub, Country = "CN", Servers = 1 }],
            Modes = [express with { Legs = [hub, .. legs] }, .. scenario.Modes.Skip(1)],
        };

        var kpis = Run(queued);

        // The busy time is the number of services (Poisson, mean 38,000) times 0.09 h: its sd is
        // 0.75 / sqrt(38,000) = 0.004 of the utilisation; 0.015 is almost four sd and half the gap to 0.71.
        var pool = kpis.Resources.Single(r => r.Key == GroupKey.Parse("servers=hub"));
        Assert.Equal(190 * 24, pool.ObservedHours, 6);
        Assert.Equal(0.75, pool.Utilisation, 0.015);
    }

    [Fact]
    public void Run_ClearancesAfterTheHorizon_NotCounted()
    {
        // Express reaches import customs 30 hours after the order: clearances in the 30-day window are
        // those of orders placed before day 28.75, about 200 x 28.75 = 5,750 (Poisson sd 76).
        var kpis = Run(TestScenarios.Direct());

        var customs = kpis.Resources.Single(r => r.Key == GroupKey.Parse("customs=us-customs"));
        var orders = kpis.Group("all")!.Orders;
        Assert.True(customs.WaitHours.Count < orders - 150, $"{customs.WaitHours.Count} clearances of {orders} orders");
        Assert.InRange(customs.WaitHours.Count, (200 * 28.75) - 400, (200 * 28.75) + 400);
    }
}
