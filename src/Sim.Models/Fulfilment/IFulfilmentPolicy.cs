using Sim.Engine.Randomness;

namespace Sim.Models.Fulfilment;

/// <summary>
/// Chooses, for each order of a lane, which of its <see cref="Options"/> carries it. Implementations
/// are small and interchangeable (fixed, split by shares, rule-based), hold no per-order state and
/// allocate nothing per call; they are used by one replication on one thread.
/// </summary>
public interface IFulfilmentPolicy
{
    /// <summary>The modes the policy chooses among, in the scenario's order.</summary>
    IReadOnlyList<FulfilmentOption> Options { get; }

    /// <summary>Chooses an option for <paramref name="order"/>.</summary>
    /// <param name="order">The order.</param>
    /// <param name="stock">Current stock, for policies that prefer stock.</param>
    /// <param name="rng">The fulfilment random stream.</param>
    /// <returns>An index into <see cref="Options"/>.</returns>
    int Choose(in OrderFacts order, IStockAvailability stock, RandomStream rng);
}
