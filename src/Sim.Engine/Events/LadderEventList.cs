using System.Diagnostics;

namespace Sim.Engine.Events;

/// <summary>
/// A ladder queue (Tang, Goh and Thng, 2005): an event list with O(1) amortised enqueue and
/// dequeue, for models that keep hundreds of thousands of events pending.
/// </summary>
/// <remarks>
/// <para>
/// Three tiers. <em>Top</em> is an unsorted list of far-future events. When the near future runs
/// dry, Top is spread over the buckets of a <em>rung</em> whose bucket width is the mean spacing of
/// its events; a bucket holding more than <see cref="SpawnThreshold"/> events is in turn spread
/// over a finer rung. A small bucket is sorted into <em>Bottom</em>, the only sorted tier, and
/// events leave from there. Each event is therefore moved a bounded number of times, independent
/// of how many are pending, where a heap pays log n comparisons and cache misses.
/// </para>
/// <para>
/// Events live in one pool of array slots linked by index (no node objects); tiers hold indices.
/// Storage grows by doubling and is reused, so there is no allocation per event in steady
/// state. Ties keep insertion order because Bottom is sorted by (time, sequence). Any time may be
/// enqueued, also one earlier than events already dequeued. Not thread-safe.
/// </para>
/// </remarks>
public sealed class LadderEventList : IEventList
{
    /// <summary>A bucket larger than this is spread over a finer rung rather than sorted.</summary>
    public const int SpawnThreshold = 50;

    private const int MaxRungs = 8;
    private const int None = -1;

    // Event pool: slots linked by index through _next; free slots form a list too.
    private ScheduledEvent[] _pool;
    private int[] _next;
    private int _freeHead;

    // Top: unsorted singly linked list of events at or after _topStart.
    private int _topHead;
    private int _topCount;
    private long _topMin;
    private long _topMax;
    private long _topStart;

    private readonly Rung[] _rungs;
    private int _rungCount;

    // Bottom: sorted by (time, sequence) in _bottom[_bottomStart.._bottomEnd); the next event is first.
    private ScheduledEvent[] _bottom;
    private int _bottomStart;
    private int _bottomEnd;

    private int _count;

    /// <summary>Creates an empty ladder queue with room for <paramref name="initialCapacity"/> events.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="initialCapacity"/> is negative.</exception>
    public LadderEventList(int initialCapacity = 64)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(initialCapacity);
        int capacity = Math.Max(initialCapacity, 16);
        _pool = new ScheduledEvent[capacity];
        _next = new int[capacity];
        LinkFreeSlots(0, capacity);
        _rungs = new Rung[MaxRungs];
        for (int i = 0; i < MaxRungs; i++)
        {
            _rungs[i] = new Rung();
        }

        _bottom = new ScheduledEvent[SpawnThreshold * 2];
        ResetTop(long.MinValue);
    }

    /// <inheritdoc />
    public int Count => _count;

    /// <inheritdoc />
    public void Enqueue(in ScheduledEvent scheduledEvent)
    {
        long time = scheduledEvent.Time.Ticks;
        _count++;
        if (time >= _topStart)
        {
            int slot = Store(scheduledEvent);
            _next[slot] = _topHead;
            _topHead = slot;
            _topCount++;
            _topMin = Math.Min(_topMin, time);
            _topMax = Math.Max(_topMax, time);
            return;
        }

        for (int r = 0; r < _rungCount; r++)
        {
            Rung rung = _rungs[r];
            if (time >= rung.CurrentStart)
            {
                int bucket = rung.BucketOf(time);
                int slot = Store(scheduledEvent);
                _next[slot] = rung.Heads[bucket];
                rung.Heads[bucket] = slot;
                rung.Counts[bucket]++;
                return;
            }
        }

        InsertIntoBottom(scheduledEvent);
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

        if (_bottomStart == _bottomEnd)
        {
            RefillBottom();
        }

        _count--;
        scheduledEvent = _bottom[_bottomStart++];
        return true;
    }

    /// <inheritdoc />
    public ScheduledEvent Peek()
    {
        if (_count == 0)
        {
            throw new InvalidOperationException("The event list is empty.");
        }

        if (_bottomStart == _bottomEnd)
        {
            RefillBottom();
        }

        return _bottom[_bottomStart];
    }

    /// <inheritdoc />
    public void Clear()
    {
        LinkFreeSlots(0, _pool.Length);
        _rungCount = 0;
        _bottomStart = 0;
        _bottomEnd = 0;
        _count = 0;
        ResetTop(long.MinValue);
    }

    private void RefillBottom()
    {
        while (true)
        {
            if (_rungCount == 0)
            {
                Debug.Assert(_topCount > 0, "Count > 0 with empty rungs and bottom means Top holds events.");
                if (_topCount <= SpawnThreshold)
                {
                    long topMax = _topMax;
                    MoveListToBottom(_topHead);
                    ResetTop(topMax + 1);
                    return;
                }

                SpreadTopOverFirstRung();
            }

            Rung rung = _rungs[_rungCount - 1];
            int bucket = rung.FirstNonEmptyBucket();
            if (bucket == None)
            {
                _rungCount--;
                continue;
            }

            int head = rung.Heads[bucket];
            int count = rung.Counts[bucket];
            rung.Heads[bucket] = None;
            rung.Counts[bucket] = 0;
            rung.Advance(bucket + 1);
            if (count > SpawnThreshold && _rungCount < MaxRungs && rung.Width > 1)
            {
                long start = rung.Start + (bucket * rung.Width);
                Rung child = _rungs[_rungCount++];
                // Rounding the width up makes the child's buckets cover the whole parent bucket.
                child.Reset(start, (rung.Width + count - 1) / count, count + 1);
                Spread(head, child);
                continue;
            }

            MoveListToBottom(head);
            return;
        }
    }

    private void SpreadTopOverFirstRung()
    {
        long span = _topMax - _topMin;
        int buckets = _topCount + 1;
        long width = Math.Max(1, (span / _topCount) + 1);
        Rung rung = _rungs[0];
        rung.Reset(_topMin, width, buckets);
        _rungCount = 1;
        int head = _topHead;

        // Rung 0 covers [topMin, topMin + buckets * width), which is past topMax.
        ResetTop(_topMin + (buckets * width));
        Spread(head, rung);
    }

    private void Spread(int head, Rung rung)
    {
        int slot = head;
        while (slot != None)
        {
            int following = _next[slot];
            int bucket = rung.BucketOf(_pool[slot].Time.Ticks);
            _next[slot] = rung.Heads[bucket];
            rung.Heads[bucket] = slot;
            rung.Counts[bucket]++;
            slot = following;
        }
    }

    private void MoveListToBottom(int head)
    {
        // Only called when Bottom is empty.
        _bottomStart = 0;
        _bottomEnd = 0;
        int slot = head;
        while (slot != None)
        {
            int following = _next[slot];
            if (_bottomEnd == _bottom.Length)
            {
                Array.Resize(ref _bottom, _bottom.Length * 2);
            }

            _bottom[_bottomEnd++] = _pool[slot];
            Release(slot);
            slot = following;
        }

        // ScheduledEvent is IComparable, so this sort neither boxes a comparer nor allocates a delegate.
        _bottom.AsSpan(0, _bottomEnd).Sort();
    }

    private void InsertIntoBottom(in ScheduledEvent scheduledEvent)
    {
        if (_bottomEnd == _bottom.Length)
        {
            if (_bottomStart > 0)
            {
                _bottom.AsSpan(_bottomStart, _bottomEnd - _bottomStart).CopyTo(_bottom);
                _bottomEnd -= _bottomStart;
                _bottomStart = 0;
            }
            else
            {
                Array.Resize(ref _bottom, _bottom.Length * 2);
            }
        }

        int index = _bottomEnd;
        while (index > _bottomStart && scheduledEvent.FiresBefore(_bottom[index - 1]))
        {
            _bottom[index] = _bottom[index - 1];
            index--;
        }

        _bottom[index] = scheduledEvent;
        _bottomEnd++;
    }

    private int Store(in ScheduledEvent scheduledEvent)
    {
        if (_freeHead == None)
        {
            int oldLength = _pool.Length;
            Array.Resize(ref _pool, oldLength * 2);
            Array.Resize(ref _next, oldLength * 2);
            LinkFreeSlots(oldLength, oldLength * 2);
        }

        int slot = _freeHead;
        _freeHead = _next[slot];
        _pool[slot] = scheduledEvent;
        return slot;
    }

    private void Release(int slot)
    {
        _next[slot] = _freeHead;
        _freeHead = slot;
    }

    private void LinkFreeSlots(int from, int to)
    {
        for (int i = from; i < to - 1; i++)
        {
            _next[i] = i + 1;
        }

        _next[to - 1] = None;
        _freeHead = from;
    }

    private void ResetTop(long start)
    {
        _topHead = None;
        _topCount = 0;
        _topMin = long.MaxValue;
        _topMax = long.MinValue;
        _topStart = start;
    }

    /// <summary>One rung: equal-width buckets of unsorted linked events, consumed left to right.</summary>
    private sealed class Rung
    {
        public int[] Heads = [];
        public int[] Counts = [];
        public long Start;
        public long Width;
        public int BucketCount;
        public int Current;

        /// <summary>The start of the first bucket not yet consumed; earlier events belong below.</summary>
        public long CurrentStart => Start + (Current * Width);

        public void Reset(long start, long width, int buckets)
        {
            if (Heads.Length < buckets)
            {
                Heads = new int[Math.Max(buckets, Heads.Length * 2)];
                Counts = new int[Heads.Length];
            }

            Heads.AsSpan(0, buckets).Fill(None);
            Counts.AsSpan(0, buckets).Clear();
            Start = start;
            Width = width;
            BucketCount = buckets;
            Current = 0;
        }

        public int BucketOf(long time)
        {
            long bucket = (time - Start) / Width;
            Debug.Assert(bucket >= Current && bucket < BucketCount, "Enqueue routes only times inside the unconsumed span here.");
            return (int)bucket;
        }

        public int FirstNonEmptyBucket()
        {
            for (int b = Current; b < BucketCount; b++)
            {
                if (Counts[b] != 0)
                {
                    return b;
                }
            }

            Current = BucketCount;
            return None;
        }

        public void Advance(int bucket) => Current = bucket;
    }
}
