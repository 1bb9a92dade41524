using System.Diagnostics;

namespace Sim.Models.Inventory;

/// <summary>
/// The units on hand at a stock point as lots in the order they were received, each with its receipt
/// time (hours) and landed cost per unit: units are issued and written off first in, first out. A ring
/// buffer of structs: allocates nothing once it has grown. Not thread-safe.
/// </summary>
internal sealed class StockLots
{
    private Lot[] _lots = new Lot[8];
    private int _head;
    private int _count;

    /// <summary>Units in every lot.</summary>
    public double Units { get; private set; }

    /// <summary>Adds a lot of <paramref name="units"/> received at <paramref name="hours"/>, worth <paramref name="unitCost"/> each.</summary>
    public void Add(double units, double hours, double unitCost)
    {
        Debug.Assert(units > 0, "A lot holds units.");
        if (_count == _lots.Length)
        {
            var grown = new Lot[_lots.Length * 2];
            for (int i = 0; i < _count; i++)
            {
                grown[i] = _lots[(_head + i) % _lots.Length];
            }

            _lots = grown;
            _head = 0;
        }

        _lots[(_head + _count) % _lots.Length] = new Lot(units, hours, unitCost);
        _count++;
        Units += units;
    }

    /// <summary>Removes <paramref name="units"/> (at most what is held), oldest first; returns their landed cost.</summary>
    public double Take(double units) => RemoveOldest(units, double.PositiveInfinity);

    /// <summary>Removes every unit received at or before <paramref name="hours"/>; returns how many and their landed cost.</summary>
    public (double Units, double Cost) RemoveReceivedBy(double hours)
    {
        double before = Units;
        double cost = RemoveOldest(double.PositiveInfinity, hours);
        return (before - Units, cost);
    }

    private double RemoveOldest(double units, double receivedBy)
    {
        double cost = 0;
        while (units > 0 && _count > 0 && _lots[_head].Hours <= receivedBy)
        {
            ref var lot = ref _lots[_head];
            double taken = Math.Min(units, lot.Units);
            cost += taken * lot.UnitCost;
            lot.Units -= taken;
            units -= taken;
            Units -= taken;
            if (lot.Units <= 1e-9)
            {
                // A lot used up (up to rounding of fractional write-offs) leaves the line.
                Units -= lot.Units;
                _head = (_head + 1) % _lots.Length;
                _count--;
            }
        }

        if (_count == 0)
        {
            Units = 0;
        }

        return cost;
    }

    private record struct Lot(double Units, double Hours, double UnitCost);
}
