namespace Sim.Engine.Resources;

/// <summary>
/// Closed-form results of queueing theory for stationary queues, the references that
/// <see cref="ServerPool"/> models are checked against. Rates and times share one time unit.
/// </summary>
public static class QueueingFormulas
{
    /// <summary>Erlang C: the probability that an arrival to an M/M/c queue has to wait.</summary>
    /// <param name="servers">The number of servers c, one or more.</param>
    /// <param name="arrivalRate">The Poisson arrival rate, positive.</param>
    /// <param name="serviceRate">The exponential service rate of one server, positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range or the queue is unstable (utilisation at least 1).</exception>
    public static double ErlangC(int servers, double arrivalRate, double serviceRate)
    {
        double rho = CheckStable(servers, arrivalRate, serviceRate);
        double offered = arrivalRate / serviceRate;
        double term = 1.0;
        double sum = 1.0;
        for (int k = 1; k < servers; k++)
        {
            term *= offered / k;
            sum += term;
        }

        double last = term * offered / servers / (1 - rho);
        return last / (sum + last);
    }

    /// <summary>The mean wait in queue (before service) of an M/M/c queue.</summary>
    /// <inheritdoc cref="ErlangC" path="/param"/>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range or the queue is unstable.</exception>
    public static double MmcMeanWait(int servers, double arrivalRate, double serviceRate) =>
        ErlangC(servers, arrivalRate, serviceRate) / ((servers * serviceRate) - arrivalRate);

    /// <summary>The mean time in an M/M/c station: wait plus service.</summary>
    /// <inheritdoc cref="ErlangC" path="/param"/>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range or the queue is unstable.</exception>
    public static double MmcMeanSojourn(int servers, double arrivalRate, double serviceRate) =>
        MmcMeanWait(servers, arrivalRate, serviceRate) + (1 / serviceRate);

    /// <summary>Pollaczek-Khinchine: the mean wait in queue of an M/D/1 queue.</summary>
    /// <param name="arrivalRate">The Poisson arrival rate, positive.</param>
    /// <param name="serviceTime">The constant service time, positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range or the queue is unstable.</exception>
    public static double Md1MeanWait(double arrivalRate, double serviceTime)
    {
        double rho = CheckStable(1, arrivalRate, 1 / serviceTime);
        return rho * serviceTime / (2 * (1 - rho));
    }

    private static double CheckStable(int servers, double arrivalRate, double serviceRate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(servers, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(arrivalRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(serviceRate);
        double rho = arrivalRate / (servers * serviceRate);
        if (rho >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(arrivalRate), rho, "The queue is unstable: utilisation must be below 1.");
        }

        return rho;
    }
}
