using Sim.Engine.Statistics;
using Sim.Models.Inventory;

namespace Sim.Models.Flow;

/// <summary>
/// The room a warehouse's stock takes while a model runs: units and m³ on hand over every class, and,
/// when it stores overflow, the time-weighted amount above its capacity (in units or m³, as its
/// capacity is given) per report period. Times are hours. Not thread-safe.
/// </summary>
internal sealed class WarehouseStorage
{
    private readonly double _capacity;
    private readonly bool _inM3;
    private readonly TimeWeighted _overflow = new(0);
    private readonly double[] _overflowCost;
    private int _period;

    public WarehouseStorage(Warehouse spec, int periods)
    {
        Spec = spec;
        _inM3 = spec.CapacityM3 is not null;
        _capacity = spec.CapacityM3 ?? spec.CapacityUnits ?? double.PositiveInfinity;
        _overflowCost = new double[periods];
    }

    public Warehouse Spec { get; }

    /// <summary>True when stock beyond the capacity is refused.</summary>
    public bool Refuses => Spec.OnOverflow == StorageOverflow.Refuse && double.IsFinite(_capacity);

    /// <summary>Units on hand over every class.</summary>
    public double Units { get; private set; }

    /// <summary>m³ on hand over every class.</summary>
    public double M3 { get; private set; }

    /// <summary>The overflow cost of each period over its measured part, scenario currency.</summary>
    public IReadOnlyList<double> OverflowCost => _overflowCost;

    /// <summary>How much of <paramref name="volumeM3"/>-per-unit goods fits beside <paramref name="committedUnits"/> and <paramref name="committedM3"/>, in units (∞ without a capacity).</summary>
    public double RoomFor(double volumeM3, double committedUnits, double committedM3) =>
        _inM3 ? (_capacity - committedM3) / volumeM3 : _capacity - committedUnits;

    /// <summary>The stock on hand changed by <paramref name="units"/> units of <paramref name="volumeM3"/> m³ each at <paramref name="nowHours"/>.</summary>
    public void Changed(double units, double volumeM3, double nowHours)
    {
        Units += units;
        M3 += units * volumeM3;
        if (Spec.OnOverflow == StorageOverflow.Overflow)
        {
            _overflow.Update(nowHours, Math.Max(0, (_inM3 ? M3 : Units) - _capacity));
        }
    }

    /// <summary>Forgets the overflow so far (the end of the warm-up).</summary>
    public void ResetStatistics(double nowHours)
    {
        _overflow.Reset(nowHours);
        Array.Clear(_overflowCost);
    }

    /// <summary>Closes the current period's overflow at <paramref name="nowHours"/> and starts <paramref name="period"/>.</summary>
    public void StartPeriod(int period, double nowHours)
    {
        Finish(nowHours);
        _overflow.Reset(nowHours);
        _period = period;
    }

    /// <summary>Closes the current period's overflow at <paramref name="nowHours"/>.</summary>
    public void Finish(double nowHours)
    {
        _overflow.Finish(nowHours);
        _overflowCost[_period] = _overflow.Area / 24.0 * Spec.OverflowCostPerDay;
    }
}
