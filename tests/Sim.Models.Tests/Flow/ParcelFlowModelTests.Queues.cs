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
}
