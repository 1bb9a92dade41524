namespace Sim.Engine.Resources;

/// <summary>Told when a <see cref="ServerPool"/> finishes serving a customer.</summary>
public interface IServerPoolListener
{
    /// <summary>Called at the simulated time the service ends, after the freed server took the next customer.</summary>
    /// <param name="pool">The pool that served the customer.</param>
    /// <param name="customer">The customer id given to <see cref="ServerPool.Arrive"/>.</param>
    void ServiceCompleted(ServerPool pool, long customer);
}
