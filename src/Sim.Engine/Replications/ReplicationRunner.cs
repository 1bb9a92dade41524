namespace Sim.Engine.Replications;

/// <summary>
/// Runs independent replications of a model on several cores and returns their results in
/// replication order.
/// </summary>
/// <remarks>
/// Each replication runs on one thread and must depend only on its index (derive its random
/// streams from the index, never from shared state); the results are then identical whatever the
/// thread count, because they are stored by index and never combined in completion order.
/// </remarks>
public sealed class ReplicationRunner
{
    /// <summary>Creates a runner.</summary>
    /// <param name="threads">The most replications run at once; zero or less means one per core.</param>
    public ReplicationRunner(int threads = 0) =>
        Threads = threads > 0 ? threads : Environment.ProcessorCount;

    /// <summary>The most replications run at once.</summary>
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
        if (Threads == 1)
        {
            for (int i = 0; i < replications; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results[i] = replication(i);
            }

            return results;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = Threads, CancellationToken = cancellationToken };
        Parallel.For(0, replications, options, i => results[i] = replication(i));
        return results;
    }
}
