using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Sim.Engine.Events;

/// <summary>
/// A 4-ary min-heap of <see cref="ScheduledEvent"/> in one array, the general-purpose event list.
/// </summary>
/// <remarks>
/// Like <c>System.Collections.Generic.PriorityQueue</c> it keeps entries inline in a single array
/// with no node objects; unlike it, the key includes the insertion sequence, so it is stable.
/// Four children per node halve the depth of a binary heap and keep siblings on one cache line
/// (4 x 32 bytes), which pays off when the set is larger than the cache. Enqueue and dequeue are
/// O(log n). Not thread-safe.
/// </remarks>
public sealed class DaryHeapEventList : IEventList
{
    private const int Arity = 4;
    private const int Log2Arity = 2;

    private ScheduledEvent[] _nodes;
    private int _count;

    /// <summary>Creates an empty heap with room for <paramref name="initialCapacity"/> entries.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="initialCapacity"/> is negative.</exception>
    public DaryHeapEventList(int initialCapacity = 64)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(initialCapacity);
        _nodes = new ScheduledEvent[Math.Max(initialCapacity, 4)];
    }

    /// <inheritdoc />
    public int Count => _count;

    /// <inheritdoc />
    public void Enqueue(in ScheduledEvent scheduledEvent)
    {
        if (_count == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }

        MoveUp(scheduledEvent, _count);
        _count++;
    }

    /// <inheritdoc />
    public ScheduledEvent Dequeue() =>
        TryDequeue(out ScheduledEvent first) ? first : throw new InvalidOperationException("The event list is empty.");

    /// <inheritdoc />
    public bool TryDequeue(out ScheduledEvent scheduledEvent)
    {
        if (_count == 0)
        {
            scheduledEvent = default;
            return false;
        }

        scheduledEvent = _nodes[0];
        int last = --_count;
        if (last > 0)
        {
            MoveDown(_nodes[last], 0);
        }

        return true;
    }

    /// <inheritdoc />
    public ScheduledEvent Peek()
    {
        if (_count == 0)
        {
            throw new InvalidOperationException("The event list is empty.");
        }

        return _nodes[0];
    }

    /// <inheritdoc />
    public void Clear() => _count = 0;

    // Hole-moving sift-up: the new entry is written once, at its final place.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void MoveUp(in ScheduledEvent node, int index)
    {
        ScheduledEvent[] nodes = _nodes;
        while (index > 0)
        {
            int parent = (index - 1) >> Log2Arity;
            if (!node.FiresBefore(nodes[parent]))
            {
                break;
            }

            nodes[index] = nodes[parent];
            index = parent;
        }

        nodes[index] = node;
    }

    private void MoveDown(in ScheduledEvent node, int index)
    {
        ScheduledEvent[] nodes = _nodes;
        int size = _count;
        int firstChild;
        while ((firstChild = (index << Log2Arity) + 1) < size)
        {
            int best = firstChild;
            int end = Math.Min(firstChild + Arity, size);
            for (int child = firstChild + 1; child < end; child++)
            {
                if (nodes[child].FiresBefore(nodes[best]))
                {
                    best = child;
                }
            }

            if (!nodes[best].FiresBefore(node))
            {
                break;
            }

            nodes[index] = nodes[best];
            index = best;
        }

        Debug.Assert(index < size, "The hole stays inside the heap.");
        nodes[index] = node;
    }
}
