using Sim.Engine.Events;
using Sim.Engine.Statistics;

namespace Sim.Engine.Resources;

/// <summary>
/// A stock of one kind of item with a capacity and a reorder trigger: takes succeed only when
/// enough is on hand, puts are limited by the capacity, and a listener hears when the level
/// crosses down to the reorder level. What to order, and when it arrives, is the model's business.
/// </summary>
/// <remarks>
/// Quantities are in the caller's unit. Statistics: <see cref="Level"/> time-weighted over hours,
/// and counts of satisfied and refused takes. Not thread-safe.
/// </remarks>
public sealed class Store
{
    private readonly Simulator _simulator;
    private readonly IStoreListener? _listener;

    /// <summary>Creates a store.</summary>
    /// <param name="simulator">The simulator whose clock the statistics use.</param>
    /// <param name="initialLevel">Stock on hand at the start; in [0, capacity].</param>
    /// <param name="capacity">The most the store can hold; positive (use infinity for unlimited).</param>
    /// <param name="reorderLevel">The level at or below which the listener is told; may be negative to never trigger.</param>
    /// <param name="listener">Told when the level reaches the reorder level; null for none.</param>
    /// <exception cref="ArgumentOutOfRangeException">The capacity is not positive or the initial level is outside [0, capacity].</exception>
    public Store(Simulator simulator, double initialLevel, double capacity, double reorderLevel = -1, IStoreListener? listener = null)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        ArgumentOutOfRangeException.ThrowIfNegative(initialLevel);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(initialLevel, capacity);
        _simulator = simulator;
        _listener = listener;
        OnHand = initialLevel;
        Capacity = capacity;
        ReorderLevel = reorderLevel;
        Level = new TimeWeighted(simulator.Now.TotalHours, initialLevel);
    }

    /// <summary>Stock on hand now.</summary>
    public double OnHand { get; private set; }

    /// <summary>The most the store can hold.</summary>
    public double Capacity { get; }

    /// <summary>The level at or below which the listener is told.</summary>
    public double ReorderLevel { get; }

    /// <summary>The stock on hand, time-weighted over hours.</summary>
    public TimeWeighted Level { get; }

    /// <summary>The number of takes satisfied.</summary>
    public long TakesSatisfied { get; private set; }

    /// <summary>The number of takes refused for want of stock.</summary>
    public long TakesRefused { get; private set; }

    /// <summary>Takes <paramref name="amount"/> if that much is on hand.</summary>
    /// <returns>True if taken; false (and nothing taken) if there is not enough.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive.</exception>
    public bool TryTake(double amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        if (OnHand < amount)
        {
            TakesRefused++;
            return false;
        }

        bool wasAbove = OnHand > ReorderLevel;
        OnHand -= amount;
        TakesSatisfied++;
        Level.Update(_simulator.Now.TotalHours, OnHand);
        if (wasAbove && OnHand <= ReorderLevel)
        {
            _listener?.ReorderLevelReached(this);
        }

        return true;
    }

    /// <summary>Adds up to <paramref name="amount"/>, as much as the capacity allows.</summary>
    /// <returns>The amount accepted; the rest did not fit.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public double Put(double amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        double accepted = Math.Min(amount, Capacity - OnHand);
        OnHand += accepted;
        Level.Update(_simulator.Now.TotalHours, OnHand);
        return accepted;
    }

    /// <summary>Discards the statistics gathered so far and starts new ones from now.</summary>
    public void ResetStatistics()
    {
        TakesSatisfied = 0;
        TakesRefused = 0;
        Level.Reset(_simulator.Now.TotalHours);
    }

    /// <summary>Closes the time-weighted statistics at the current time.</summary>
    public void FinishStatistics() => Level.Update(_simulator.Now.TotalHours, OnHand);
}
