using System.Runtime.ExceptionServices;

namespace Sim.Engine.Replications;

/// <summary>
/// Runs independent pieces of work (replications, or the replications of several sweep cells) on
/// several cores and returns their results in index order.
/// </summary>
/// <remarks>
/// <para>Each piece runs on one thread and must depend only on its index (derive its random streams
/// from the index, never from shared state); the results are then identical whatever the thread
/// count, because they are stored by index and never combined in completion order.</para>
/// <para>Work is handed out first come, first served from one counter to <see cref="Threads"/>
/// dedicated threads (the calling thread is one of them), so pieces start in index order: a sweep
/// whose pieces are ordered cell by cell finishes its cells roughly in order, and an interrupted one
/// leaves its first cells complete. Dedicated threads also keep the work off the thread pool, whose
/// thread injection and range partitioning are tuned for short work items, not for replications of
/// a tenth of a second or more. The instance is immutable and thread-safe.</para>
/// </remarks>
public sealed class ReplicationRunner
{
    /// <summary>Creates a runner.</summary>
    /// <param name="threads">The most pieces run at once; zero or less means one per core.</param>
    public ReplicationRunner(int threads = 0) =>
        Threads = threads > 0 ? threads : Environment.ProcessorCount;

    /// <summary>The most pieces run at once.</summary>
    public int Threads { get; }

    /// <summary>Runs replications 0 to <paramref name="replications"/> - 1.</summary>
    /// <typeparam name="TResult">What one replication returns.</typeparam>
    /// <param name="replications">How many; zero or more.</param>
    /// <param name="replication">Runs one replication given its index.</param>
    /// <param name="cancellationToken">Stops starting new replications when cancelled.</param>
    /// <returns>The results, element i from replication i.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="replications"/> is negative.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before every replication ran.</exception>
    public TResult[] Run<TResult>(int replications, Func<int, TResult> replication, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replications);
        ArgumentNullException.ThrowIfNull(replication);
        var results = new TResult[replications];
        ForEach(replications, i => results[i] = replication(i), cancellationToken);
        return results;
    }

    /// <summary>
    /// Calls <paramref name="body"/> once for each index 0 to <paramref name="count"/> - 1, up to
    /// <see cref="Threads"/> at a time, handing indices out in increasing order.
    /// </summary>
    /// <param name="count">How many pieces; zero or more.</param>
    /// <param name="body">Runs one piece given its index; called from several threads at once.</param>
    /// <param name="cancellationToken">Stops handing out new indices when cancelled; running pieces finish.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before every piece ran.</exception>
    /// <remarks>When a piece throws, no new pieces start; the first exception is rethrown once the running pieces end.</remarks>
    public void ForEach(int count, Action<int> body, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(body);
        var state = new SharedCounter(count, body, cancellationToken);
        int helpers = Math.Min(Threads, count) - 1;
        var threads = new Thread[Math.Max(helpers, 0)];
        for (int t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(state.Work) { IsBackground = true, Name = $"replications-{t + 1}" };
            threads[t].Start();
        }

        state.Work();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        state.Failure?.Throw();
        if (state.Started < count)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>The index counter and the first failure, shared by the workers of one <see cref="ForEach"/>.</summary>
    private sealed class SharedCounter(int count, Action<int> body, CancellationToken cancellationToken)
    {
        private readonly Lock _gate = new();
        private int _next = -1;
        private volatile bool _stop;

        public ExceptionDispatchInfo? Failure { get; private set; }

        public int Started => Math.Min(Volatile.Read(ref _next) + 1, count);

        public void Work()
        {
            while (!_stop && !cancellationToken.IsCancellationRequested)
            {
                int index = Interlocked.Increment(ref _next);
                if (index >= count)
                {
                    return;
                }

                try
                {
                    body(index);
                }
                catch (Exception ex)
                {
                    lock (_gate)
                    {
                        Failure ??= ExceptionDispatchInfo.Capture(ex);
                    }

                    _stop = true;
                }
            }
        }
    }
}
