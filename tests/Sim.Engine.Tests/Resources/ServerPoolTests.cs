using Sim.Engine.Events;
using Sim.Engine.Randomness;
using Sim.Engine.Replications;
using Sim.Engine.Resources;
using Sim.Engine.Statistics;
using Sim.Engine.Time;

namespace Sim.Engine.Tests.Resources;

/// <summary>
/// The server pool against queueing theory. Each check runs independent replications (fixed root
/// seed), takes the mean of each replication after a warm-up, and requires the closed-form value
/// to lie inside the 99.9% Student-t confidence interval of those means. Replication means of
/// 40,000 customers are close to normal, so a correct model fails such a check with probability
/// about 0.001; the seeds are fixed, so the outcome is reproducible either way. A wrong model
/// (for example a mean wait 10% off) falls outside: the half-widths are 2-4% of the mean.
/// </summary>
public sealed class ServerPoolTests
{
    private const int Replications = 30;
    private const long Customers = 40_000;
    private const long Warmup = 4_000;
    private const double Confidence = 0.999;

    private static ReplicationSummary Summarise(Func<SingleStationModel, double> measure, Func<ReplicationStreams, SingleStationModel> create)
    {
        var streams = new RandomStreams(2026);
        double[] values = new ReplicationRunner().Run(Replications, i =>
        {
            var model = create(streams.ForReplication(i));
            model.Run();
            return measure(model);
        });
        return ReplicationSummary.FromValues(values, Confidence);
    }

    private static void AssertInside(double expected, ReplicationSummary summary) =>
        Assert.True(
            summary.LowerBound <= expected && expected <= summary.UpperBound,
            $"expected {expected} inside [{summary.LowerBound}, {summary.UpperBound}] (mean {summary.Mean})");

    [Theory]
    [InlineData(1, 0.8, 1.0)]
    [InlineData(3, 2.4, 1.0)]
    [InlineData(4, 1.0, 1 / 3.2)]
    public void Waits_MmcQueue_MatchErlangC(int servers, double arrivalRate, double serviceRate)
    {
        double expected = QueueingFormulas.MmcMeanWait(servers, arrivalRate, serviceRate);

        var summary = Summarise(
            m => m.Pool.Waits.Mean,
            s => new SingleStationModel(servers, new Exponential(1 / arrivalRate), new Exponential(1 / serviceRate), s, Customers, Warmup));

        AssertInside(expected, summary);
    }

    [Fact]
    public void Waits_Md1Queue_MatchPollaczekKhinchine()
    {
        double expected = QueueingFormulas.Md1MeanWait(0.7, 1.0);

        var summary = Summarise(
            m => m.Pool.Waits.Mean,
            s => new SingleStationModel(1, new Exponential(1 / 0.7), new Constant(1.0), s, Customers, Warmup));

        AssertInside(expected, summary);
    }

    [Fact]
    public void Utilisation_MmcQueue_MatchesOfferedLoadPerServer()
    {
        var summary = Summarise(
            m => m.Pool.BusyServers.Mean / m.Pool.Servers,
            s => new SingleStationModel(2, new Exponential(1 / 1.5), new Exponential(1.0), s, Customers, Warmup));

        AssertInside(0.75, summary);
    }

    [Fact]
    public void LittlesLaw_OneRun_NumberInSystemEqualsRateTimesSojourn()
    {
        // L = lambda * W holds exactly on a sample path up to edge effects at the ends of the
        // window; over 200,000 customers those are far below the 1% allowed here.
        var model = new SingleStationModel(2, new Exponential(1 / 1.6), new Exponential(1.0), new RandomStreams(9).ForReplication(0), 200_000, 1_000);
        model.Run();

        double sojourn = model.Pool.Waits.Mean + 1.0;
        double little = model.ArrivalRateMeasured * sojourn;
        Assert.Equal(little, model.InSystem.Mean, little * 0.01);
    }

    [Fact]
    public void Arrive_PriorityClasses_LowerClassServedFirstAndFifoWithinClass()
    {
        var simulator = new Simulator();
        var order = new List<long>();
        var pool = new ServerPool(simulator, 1, new Recorder(order), priorityClasses: 2);
        var id = simulator.Register(new Feeder(pool, [(1, 1), (2, 1), (3, 0), (4, 1), (5, 0)]));
        simulator.Schedule(SimTime.Zero, id);
        simulator.Run();

        // Customer 1 starts at once; then class 0 (3, 5) before class 1 (2, 4), each in arrival order.
        Assert.Equal([1L, 3, 5, 2, 4], order);
        Assert.Equal(5, pool.Waits.Count);
        Assert.Equal(0, pool.Waiting);
    }

    [Fact]
    public void Arrive_SteadyState_AllocatesNothingPerCustomer()
    {
        var model = new SingleStationModel(2, new Exponential(1 / 1.6), new Exponential(1.0), new RandomStreams(1).ForReplication(0), 300_000, 0);
        model.Run();
        var again = new SingleStationModel(2, new Exponential(1 / 1.6), new Exponential(1.0), new RandomStreams(1).ForReplication(0), 300_000, 0);

        // Warm the queue arrays up to the backlog the first run reached, then measure a full run.
        long before = GC.GetAllocatedBytesForCurrentThread();
        again.Run();
        long perCustomer = (GC.GetAllocatedBytesForCurrentThread() - before) / 300_000;

        Assert.Equal(0, perCustomer);
    }

    private sealed class Recorder(List<long> order) : IServerPoolListener
    {
        public void ServiceCompleted(ServerPool pool, long customer) => order.Add(customer);
    }

    private sealed class Feeder(ServerPool pool, (long Customer, int Class)[] arrivals) : IEventProcessor
    {
        public void Handle(Simulator simulator, int kind, long data)
        {
            foreach (var (customer, priority) in arrivals)
            {
                pool.Arrive(customer, SimDuration.FromHours(1), priority);
            }
        }
    }
}
