namespace Sim.Models.Demo;

/// <summary>
/// A line of multi-server stations in series with Poisson arrivals and exponential service: the
/// built-in demo and the kernel's reference model (an open Jackson network).
/// </summary>
/// <param name="ArrivalsPerMinute">The Poisson arrival rate at the first station, per minute; positive.</param>
/// <param name="Servers">The number of servers at each station, in order.</param>
/// <param name="MeanServiceMinutes">The mean exponential service time at each station, in minutes.</param>
/// <param name="Customers">How many customers arrive in a run.</param>
/// <param name="WarmupCustomers">How many first customers are left out of the statistics.</param>
public sealed record TandemQueueConfig(
    double ArrivalsPerMinute,
    IReadOnlyList<int> Servers,
    IReadOnlyList<double> MeanServiceMinutes,
    long Customers,
    long WarmupCustomers = 0)
{
    /// <summary>
    /// The reference line: c = 4, 2, 3 servers, means 3.2, 1.6 and 2.4 minutes, one
    /// arrival a minute (utilisation 0.8 at each station).
    /// </summary>
    /// <param name="customers">How many customers arrive in a run.</param>
    /// <param name="warmupCustomers">How many first customers are left out of the statistics.</param>
    public static TandemQueueConfig Reference(long customers, long warmupCustomers = 0) =>
        new(1.0, [4, 2, 3], [3.2, 1.6, 2.4], customers, warmupCustomers);

    /// <summary>Checks the parameters and throws <see cref="ArgumentException"/> naming the first bad one.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ArrivalsPerMinute);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Customers);
        ArgumentOutOfRangeException.ThrowIfNegative(WarmupCustomers);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(WarmupCustomers, Customers);
        if (Servers.Count == 0 || Servers.Count != MeanServiceMinutes.Count)
        {
            throw new ArgumentException("Servers and MeanServiceMinutes must name the same stations, at least one.");
        }

        if (Servers.Any(c => c < 1) || MeanServiceMinutes.Any(m => !(m > 0)))
        {
            throw new ArgumentException("Every station needs at least one server and a positive mean service time.");
        }
    }
}
