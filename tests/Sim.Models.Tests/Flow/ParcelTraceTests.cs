using Sim.Models.Flow;
using Sim.Models.Flow.Compilation;
using Sim.Models.Kpis;

namespace Sim.Models.Tests.Flow;

public sealed class ParcelTraceTests
{
    [Fact]
    public void Sampled_HundredThousandOrders_ShareWithinTheBinomialInterval()
    {
        // A tenth of 100,000: the standard deviation is 94.9, so a hash as good as uniform lands within
        // 3.29 of them (99.9%) of 10,000; the hash is fixed, so the count is too.
        int sampled = Enumerable.Range(0, 100_000).Count(order => ParcelTrace.Sampled(3, order, 0.1));

        Assert.InRange(sampled, 10_000 - 312, 10_000 + 312);
        Assert.True(Enumerable.Range(0, 1000).All(order => ParcelTrace.Sampled(0, order, 1.0)));
    }

    [Fact]
    public void RunReplication_EveryOrderTraced_MilestoneHoursAreTheLegEnds()
    {
        // Express with constant legs: handover at 6 h, arrival at 30 h, release (a day's declaration) and
        // out for delivery at 54 h, delivered at 102 h; every scan visible at once; no export leg.
        var network = RouteCompiler.Compile(TestScenarios.Direct(ordersPerDay: 20, horizonDays: 3));

        var kpis = ScenarioSimulation.RunReplication(network, 7, 0, 1.0);

        Assert.Equal(kpis.Group("all")!.Orders, kpis.Trace.Count);
        Assert.Equal([.. Enumerable.Range(0, kpis.Trace.Count).Select(i => (long)i)], kpis.Trace.Select(r => r.Order));
        double[] expected = [6, double.NaN, 30, 54, 54, 102];
        foreach (var row in kpis.Trace)
        {
            Assert.Equal(("express", "US", "gadget", "delivered"), (row.Mode, row.Market, row.ProductClass, row.Outcome));
            Assert.Equal(102.0, row.EndHours, 6);
            Assert.Equal(expected, row.ScanHours, (a, b) => double.IsNaN(a) ? double.IsNaN(b) : Math.Abs(a - b) < 1e-6);
            Assert.Equal(expected, row.VisibleHours, (a, b) => double.IsNaN(a) ? double.IsNaN(b) : Math.Abs(a - b) < 1e-6);
        }
    }

    [Fact]
    public void RunReplication_TraceSample_LeavesTheKpisUnchanged()
    {
        var network = RouteCompiler.Compile(BaselineScenario.Value with { HorizonDays = 15 });

        var plain = ScenarioSimulation.RunReplication(network, 9, 1);
        var traced = ScenarioSimulation.RunReplication(network, 9, 1, 0.05);

        Assert.Empty(plain.Trace);
        Assert.InRange(traced.Trace.Count, 1, plain.ParcelsSimulated);
        Assert.Equal(KpiSummary.FromReplications([plain]).Rows, KpiSummary.FromReplications([traced]).Rows);
        Assert.Throws<ArgumentOutOfRangeException>(() => ScenarioSimulation.RunReplication(network, 9, 1, 1.5));
    }
}
