using Sim.Engine.Events;
using Sim.Engine.Time;

namespace Sim.Engine.Tests.Events;

/// <summary>The same oracle tests run against every event list implementation.</summary>
public sealed class EventListTests
{
    public static TheoryData<string> Lists => new() { nameof(DaryHeapEventList), nameof(LadderEventList) };

    private static IEventList Create(string name) => name switch
    {
        nameof(DaryHeapEventList) => new DaryHeapEventList(4),
        nameof(LadderEventList) => new LadderEventList(4),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Dequeue_RandomTimesWithTies_MatchesSortByTimeThenSequence(string list)
    {
        var events = Create(list);
        var random = new Random(12345);
        var expected = new List<ScheduledEvent>();
        for (int i = 0; i < 20_000; i++)
        {
            // Few distinct times, so most entries tie and only the sequence orders them.
            var e = new ScheduledEvent(new SimTime(random.Next(0, 500)), i, 0, 0, i);
            expected.Add(e);
            events.Enqueue(e);
        }

        var actual = new List<ScheduledEvent>();
        while (events.Count > 0)
        {
            actual.Add(events.Dequeue());
        }

        Assert.Equal(expected.OrderBy(e => e.Time.Ticks).ThenBy(e => e.Sequence), actual);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Dequeue_InterleavedHoldWorkload_MatchesSortedReference(string list)
    {
        // The hold model: take the first event, put it back a random increment later; the
        // reference is a SortedSet over the same (time, sequence) keys.
        var events = Create(list);
        var reference = new SortedSet<(long Time, long Sequence)>();
        var random = new Random(777);
        long sequence = 0;
        for (int i = 0; i < 5_000; i++)
        {
            long time = random.NextInt64(0, 1_000_000);
            events.Enqueue(new ScheduledEvent(new SimTime(time), sequence, 0, 0, 0));
            reference.Add((time, sequence++));
        }

        for (int step = 0; step < 200_000; step++)
        {
            var first = events.Dequeue();
            var expected = reference.Min;
            reference.Remove(expected);
            Assert.Equal(expected, (first.Time.Ticks, first.Sequence));

            // Mix far, near and equal-time increments, and sometimes an extra event or none.
            int copies = random.Next(0, 3) == 0 ? random.Next(0, 3) : 1;
            for (int c = 0; c < copies; c++)
            {
                long increment = random.Next(0, 4) switch
                {
                    0 => 0,
                    1 => random.NextInt64(0, 10),
                    _ => (long)(-Math.Log(1 - random.NextDouble()) * 200_000),
                };
                long time = first.Time.Ticks + increment;
                events.Enqueue(new ScheduledEvent(new SimTime(time), sequence, 0, 0, 0));
                reference.Add((time, sequence++));
            }

            if (events.Count == 0)
            {
                break;
            }

            Assert.Equal(reference.Count, events.Count);
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Dequeue_EventEarlierThanPendingOnes_ComesFirst(string list)
    {
        var events = Create(list);
        for (int i = 0; i < 200; i++)
        {
            events.Enqueue(new ScheduledEvent(new SimTime(1_000 + i), i, 0, 0, 0));
        }

        Assert.Equal(1_000, events.Dequeue().Time.Ticks);
        events.Enqueue(new ScheduledEvent(new SimTime(5), 500, 0, 0, 0));
        Assert.Equal(5, events.Peek().Time.Ticks);
        Assert.Equal(5, events.Dequeue().Time.Ticks);
        Assert.Equal(1_001, events.Dequeue().Time.Ticks);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Dequeue_Empty_Throws(string list)
    {
        var events = Create(list);
        Assert.Throws<InvalidOperationException>(() => events.Dequeue());
        Assert.Throws<InvalidOperationException>(() => events.Peek());
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Clear_AfterUse_LeavesAnEmptyReusableList(string list)
    {
        var events = Create(list);
        for (int i = 0; i < 1_000; i++)
        {
            events.Enqueue(new ScheduledEvent(new SimTime(i * 7 % 13), i, 0, 0, 0));
        }

        events.Dequeue();
        events.Clear();
        Assert.Equal(0, events.Count);
        events.Enqueue(new ScheduledEvent(new SimTime(3), 0, 0, 0, 0));
        events.Enqueue(new ScheduledEvent(new SimTime(2), 1, 0, 0, 0));
        Assert.Equal(2, events.Dequeue().Time.Ticks);
        Assert.Equal(3, events.Dequeue().Time.Ticks);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void HoldModel_SteadyState_AllocatesNothing(string list)
    {
        var events = Create(list);
        var random = new Random(5);
        long sequence = 0;
        for (int i = 0; i < 10_000; i++)
        {
            events.Enqueue(new ScheduledEvent(new SimTime(random.Next(0, 1_000_000)), sequence++, 0, 0, 0));
        }

        void Hold(int holds)
        {
            for (int i = 0; i < holds; i++)
            {
                var first = events.Dequeue();
                events.Enqueue(first with { Time = new SimTime(first.Time.Ticks + random.Next(0, 2_000)), Sequence = sequence++ });
            }
        }

        Hold(100_000);

        // The least of three: a one-off runtime allocation (tiering) shows in one at most.
        long least = long.MaxValue;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            Hold(100_000);
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, least);
    }
}
