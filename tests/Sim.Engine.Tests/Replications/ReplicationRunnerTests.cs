using System.Collections.Concurrent;
using Sim.Engine.Replications;

namespace Sim.Engine.Tests.Replications;

public sealed class ReplicationRunnerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Run_AnyThreadCount_ResultsInIndexOrder(int threads)
    {
        int[] results = new ReplicationRunner(threads).Run(50, i => i * i);

        Assert.Equal(Enumerable.Range(0, 50).Select(i => i * i), results);
    }

    [Fact]
    public void ForEach_ThreeThreads_CallsEveryIndexExactlyOnce()
    {
        var seen = new ConcurrentBag<int>();

        new ReplicationRunner(3).ForEach(1000, seen.Add);

        Assert.Equal(Enumerable.Range(0, 1000), seen.Order());
    }

    [Fact]
    public void ForEach_OneThread_RunsInIndexOrderOnTheCallingThread()
    {
        var order = new List<(int Index, int Thread)>();

        new ReplicationRunner(1).ForEach(5, i => order.Add((i, Environment.CurrentManagedThreadId)));

        Assert.Equal([0, 1, 2, 3, 4], order.Select(o => o.Index));
        Assert.All(order, o => Assert.Equal(Environment.CurrentManagedThreadId, o.Thread));
    }

    [Fact]
    public void ForEach_TwoThreads_RunsTwoPiecesAtOnce()
    {
        // Piece 0 can only finish once piece 1 has started, so this passes only if they overlap.
        using var secondStarted = new ManualResetEventSlim();
        bool overlapped = false;

        new ReplicationRunner(2).ForEach(2, i =>
        {
            if (i == 1)
            {
                secondStarted.Set();
            }
            else
            {
                overlapped = secondStarted.Wait(TimeSpan.FromSeconds(30));
            }
        });

        Assert.True(overlapped);
    }

    [Fact]
    public void ForEach_PieceThrows_RethrowsItAndStartsNoMore()
    {
        int started = 0;

        var ex = Assert.Throws<InvalidOperationException>(() => new ReplicationRunner(2).ForEach(10_000, i =>
        {
            Interlocked.Increment(ref started);
            if (i == 3)
            {
                throw new InvalidOperationException("piece 3");
            }
        }));

        Assert.Equal("piece 3", ex.Message);
        Assert.True(started < 10_000, $"{started} pieces started");
    }

    [Fact]
    public void ForEach_Cancelled_ThrowsOperationCanceledAfterTheRunningPieces()
    {
        using var cancel = new CancellationTokenSource();
        int finished = 0;

        Assert.ThrowsAny<OperationCanceledException>(() => new ReplicationRunner(2).ForEach(1000, i =>
        {
            if (i == 10)
            {
                cancel.Cancel();
            }

            Interlocked.Increment(ref finished);
        }, cancel.Token));

        Assert.InRange(finished, 11, 999);
    }

    [Fact]
    public void ForEach_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReplicationRunner().ForEach(-1, _ => { }));
    }
}
