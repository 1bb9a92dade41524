using System.Diagnostics;
using Sim.Engine.Time;

namespace Sim.Engine.Events;

/// <summary>
/// The discrete-event simulator: a clock, a future-event list and a table of handlers.
/// </summary>
/// <remarks>
/// <para>
/// Handlers are registered once and referred to by index, so an event is a small unmanaged
/// struct and scheduling allocates nothing. Events fire in (time, insertion sequence) order:
/// simultaneous events fire first-in-first-out and a run is deterministic.
/// </para>
/// <para>
/// Cancellation is lazy: a cancelled event stays in the list and is skipped when it comes out.
/// Because events leave in strictly increasing (time, sequence) order, whether an event is still
/// pending is known exactly from its <see cref="EventId"/>.
/// </para>
/// <para>One simulator runs on one thread; it is not thread-safe.</para>
/// </remarks>
public sealed class Simulator
{
    private readonly IEventList _events;

    // The default list, called directly: a sealed type lets the JIT inline what an interface call would hide.
    private readonly DaryHeapEventList? _heap;
    private readonly HashSet<long> _cancelled = [];
    private IEventProcessor[] _handlers = new IEventProcessor[8];
    private int _handlerCount;
    private long _nextSequence;
    // The key of the last event that left the list, fired or skipped: what has left is at or before it.
    private SimTime _lastLeftTime;
    private long _lastLeftSequence = -1;
    private bool _stopRequested;

    /// <summary>Creates a simulator at time zero with the given event list.</summary>
    /// <param name="eventList">The future-event list; a <see cref="DaryHeapEventList"/> when null.</param>
    public Simulator(IEventList? eventList = null)
    {
        _events = eventList ?? new DaryHeapEventList();
        _heap = _events as DaryHeapEventList;
        if (_events.Count != 0)
        {
            throw new ArgumentException("The event list must be empty.", nameof(eventList));
        }
    }

    /// <summary>The current simulated time: the time of the event being handled or last handled.</summary>
    public SimTime Now { get; private set; }

    /// <summary>The number of events handled so far (cancelled events are not counted).</summary>
    public long EventsHandled { get; private set; }

    /// <summary>The number of events scheduled and not yet handled or cancelled.</summary>
    public int PendingCount => _events.Count - _cancelled.Count;

    /// <summary>Adds a handler to the table and returns the id that events use to reach it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> is null.</exception>
    public EventProcessorId Register(IEventProcessor handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (_handlerCount == _handlers.Length)
        {
            Array.Resize(ref _handlers, _handlers.Length * 2);
        }

        _handlers[_handlerCount] = handler;
        return new EventProcessorId(_handlerCount++);
    }

    /// <summary>Schedules an event at an absolute time.</summary>
    /// <param name="time">When it fires; not earlier than <see cref="Now"/>.</param>
    /// <param name="handler">The registered handler that will handle it.</param>
    /// <param name="kind">A handler-defined code.</param>
    /// <param name="data">A handler-defined payload.</param>
    /// <returns>The id to cancel it with.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The time is in the past or the handler is unknown.</exception>
    public EventId Schedule(SimTime time, EventProcessorId handler, int kind = 0, long data = 0)
    {
        if (time < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, $"Cannot schedule before the current time {Now}.");
        }

        if ((uint)handler.Value >= (uint)_handlerCount)
        {
            throw new ArgumentOutOfRangeException(nameof(handler), handler.Value, "The handler is not registered with this simulator.");
        }

        long sequence = _nextSequence++;
        var scheduled = new ScheduledEvent(time, sequence, handler.Value, kind, data);
        if (_heap is not null)
        {
            _heap.Enqueue(scheduled);
        }
        else
        {
            _events.Enqueue(scheduled);
        }

        return new EventId(time, sequence);
    }

    /// <summary>Schedules an event <paramref name="delay"/> after <see cref="Now"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The delay is negative or the handler is unknown.</exception>
    public EventId ScheduleAfter(SimDuration delay, EventProcessorId handler, int kind = 0, long data = 0) =>
        Schedule(Now + delay, handler, kind, data);

    /// <summary>Cancels a pending event so that it never fires.</summary>
    /// <returns>True if the event was pending; false if it already fired or was already cancelled.</returns>
    /// <exception cref="ArgumentException">The id was never issued by this simulator.</exception>
    public bool Cancel(EventId id)
    {
        if (id.Sequence < 0 || id.Sequence >= _nextSequence)
        {
            throw new ArgumentException("The event id was not issued by this simulator.", nameof(id));
        }

        bool alreadyLeft = id.Time < _lastLeftTime || (id.Time == _lastLeftTime && id.Sequence <= _lastLeftSequence);
        return !alreadyLeft && _cancelled.Add(id.Sequence);
    }

    /// <summary>Asks the running loop to return after the event being handled.</summary>
    public void Stop() => _stopRequested = true;

    /// <summary>Handles events until none is pending or <see cref="Stop"/> is called.</summary>
    public void Run() => RunUntil(SimTime.MaxValue);

    /// <summary>
    /// Handles every event due at or before <paramref name="end"/>, then sets the clock to
    /// <paramref name="end"/> (unless stopped early or <paramref name="end"/> is "never").
    /// </summary>
    public void RunUntil(SimTime end)
    {
        _stopRequested = false;
        while (!_stopRequested && TryHandleNext(end))
        {
        }

        if (!_stopRequested && end != SimTime.MaxValue && end > Now)
        {
            Now = end;
        }
    }

    /// <summary>Handles at most <paramref name="count"/> events.</summary>
    /// <returns>The number handled, less than <paramref name="count"/> if the list ran empty or Stop was called.</returns>
    public long RunEvents(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _stopRequested = false;
        long handled = 0;
        while (handled < count && !_stopRequested && TryHandleNext(SimTime.MaxValue))
        {
            handled++;
        }

        return handled;
    }

    /// <summary>Handles events while <paramref name="condition"/> holds, checking it before each one.</summary>
    public void RunWhile(Func<Simulator, bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        _stopRequested = false;
        while (!_stopRequested && condition(this) && TryHandleNext(SimTime.MaxValue))
        {
        }
    }

    private bool TryHandleNext(SimTime end)
    {
        while (true)
        {
            if (end != SimTime.MaxValue && (_events.Count == 0 || _events.Peek().Time > end))
            {
                return false;
            }

            ScheduledEvent next;
            bool any = _heap is not null ? _heap.TryDequeue(out next) : _events.TryDequeue(out next);
            if (!any)
            {
                return false;
            }

            Debug.Assert(next.Time >= _lastLeftTime, "Events leave in time order.");
            _lastLeftTime = next.Time;
            _lastLeftSequence = next.Sequence;

            // A cancelled event leaves without moving the clock: a run must not end at the time of an event that never fired.
            if (_cancelled.Count != 0 && _cancelled.Remove(next.Sequence))
            {
                continue;
            }

            Now = next.Time;
            EventsHandled++;
            _handlers[next.Handler].Handle(this, next.Kind, next.Data);
            return true;
        }
    }
}
