using System.Diagnostics;

namespace Sim.Models.Flow;

/// <summary>
/// The rows of parcels in flight, in one growable array with a free list of slots: memory follows
/// the most parcels in flight at once, not the number simulated. Slots are reused last-freed-first.
/// Not thread-safe.
/// </summary>
internal sealed class ParcelTable
{
    private ParcelRow[] _rows;
    private int[] _free;
    private int _freeCount;
    private int _highWater;

    public ParcelTable(int initialCapacity = 1024)
    {
        _rows = new ParcelRow[initialCapacity];
        _free = new int[initialCapacity];
    }

    /// <summary>Rows in use.</summary>
    public int InUse { get; private set; }

    /// <summary>The most rows in use at once.</summary>
    public int PeakInUse { get; private set; }

    /// <summary>Rows handed out in total.</summary>
    public long Allocated { get; private set; }

    /// <summary>The row in <paramref name="slot"/>; the reference is valid until the next <see cref="Allocate"/>.</summary>
    public ref ParcelRow this[int slot]
    {
        get
        {
            Debug.Assert(slot >= 0 && slot < _highWater, "A slot handed out by Allocate.");
            return ref _rows[slot];
        }
    }

    /// <summary>Takes a free slot, cleared, growing the table when full.</summary>
    public int Allocate()
    {
        int slot;
        if (_freeCount > 0)
        {
            slot = _free[--_freeCount];
        }
        else
        {
            if (_highWater == _rows.Length)
            {
                Array.Resize(ref _rows, _rows.Length * 2);
                Array.Resize(ref _free, _rows.Length);
            }

            slot = _highWater++;
        }

        _rows[slot] = default;
        InUse++;
        Allocated++;
        if (InUse > PeakInUse)
        {
            PeakInUse = InUse;
        }

        return slot;
    }

    /// <summary>The slots in use now, lowest first. Allocates; for the end of a run, not the hot path.</summary>
    public IEnumerable<int> SlotsInUse()
    {
        var free = new bool[_highWater];
        for (int i = 0; i < _freeCount; i++)
        {
            free[_free[i]] = true;
        }

        for (int slot = 0; slot < _highWater; slot++)
        {
            if (!free[slot])
            {
                yield return slot;
            }
        }
    }

    /// <summary>Returns <paramref name="slot"/> to the free list.</summary>
    public void Free(int slot)
    {
        Debug.Assert(InUse > 0, "Free only what was allocated.");
        _free[_freeCount++] = slot;
        InUse--;
    }
}
