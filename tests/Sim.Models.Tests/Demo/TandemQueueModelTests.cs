using System.Globalization;
using System.Text;
using Sim.Engine.Randomness;
using Sim.Engine.Replications;
using Sim.Engine.Resources;
using Sim.Engine.Statistics;
using Sim.Models.Demo;

namespace Sim.Models.Tests.Demo;

public sealed class TandemQueueModelTests
{
    [Fact]
    public void Sojourn_ReferenceLine_MatchesJacksonSumOfStations()
    {
        // Jackson: the line behaves as independent M/M/c stations, each fed at the arrival rate.
        // Tolerance: the expected value must lie in the 99.9% Student-t interval over 24
        // replications of 60,000 customers after 6,000 of warm-up (half-width about 2.5% of the
        // mean; a correct model fails with probability about 0.001, and the seeds are fixed).
        var config = TandemQueueConfig.Reference(60_000, 6_000);
        double expected = Enumerable.Range(0, 3).Sum(k =>
            QueueingFormulas.MmcMeanSojourn(config.Servers[k], config.ArrivalsPerMinute, 1 / config.MeanServiceMinutes[k]));
        var streams = new RandomStreams(11);

        double[] means = new ReplicationRunner().Run(24, i => new TandemQueueModel(config, streams.ForReplication(i)).Run().Sojourn.Mean);
        var summary = ReplicationSummary.FromValues(means, 0.999);

        Assert.InRange(expected, summary.LowerBound, summary.UpperBound);
    }

    [Fact]
    public void Run_ReferenceLine_ObeysLittlesLawAndUtilisation()
    {
        var result = new TandemQueueModel(TandemQueueConfig.Reference(300_000, 10_000), new RandomStreams(5).ForReplication(0)).Run();

        // L = lambda W on one long sample path; edge effects over 290,000 customers are well under 1%.
        Assert.Equal(result.ThroughputPerMinute * result.Sojourn.Mean, result.MeanInSystem, result.MeanInSystem * 0.01);

        // Each station is loaded 0.8; over ~290,000 minutes the busy share is within 0.02 of it.
        Assert.All(result.StationUtilisation, u => Assert.InRange(u, 0.78, 0.82));
        Assert.Equal(290_000, result.Customers);
    }

    [Fact]
    public void Replications_OneThreadAndAllThreads_GiveByteIdenticalSummaries()
    {
        var config = TandemQueueConfig.Reference(20_000, 1_000);
        var streams = new RandomStreams(123);

        string single = Format(new ReplicationRunner(threads: 1).Run(8, i => new TandemQueueModel(config, streams.ForReplication(i)).Run()));
        string parallel = Format(new ReplicationRunner(threads: 4).Run(8, i => new TandemQueueModel(config, streams.ForReplication(i)).Run()));

        Assert.Equal(single, parallel);
    }

    [Fact]
    public void Run_DifferentSeeds_GiveDifferentResults()
    {
        var config = TandemQueueConfig.Reference(5_000);

        double a = new TandemQueueModel(config, new RandomStreams(1).ForReplication(0)).Run().Sojourn.Mean;
        double b = new TandemQueueModel(config, new RandomStreams(2).ForReplication(0)).Run().Sojourn.Mean;

        Assert.NotEqual(a, b);
    }

    private static string Format(TandemQueueResult[] results)
    {
        var text = new StringBuilder();
        var merged = new QuantileHistogram();
        foreach (var r in results)
        {
            merged.Merge(r.SojournQuantiles);
            text.Append(CultureInfo.InvariantCulture, $"{r.Customers} {r.Sojourn.Mean:R} {r.Sojourn.Variance:R} {r.MeanInSystem:R} {string.Join(',', r.StationMeanWaits.Select(w => w.ToString("R", CultureInfo.InvariantCulture)))}\n");
        }

        var summary = ReplicationSummary.FromValues(results.Select(r => r.Sojourn.Mean));
        text.Append(CultureInfo.InvariantCulture, $"{summary.Mean:R} {summary.HalfWidth:R} {merged.Quantile(0.5):R} {merged.Quantile(0.99):R}");
        return text.ToString();
    }
}
