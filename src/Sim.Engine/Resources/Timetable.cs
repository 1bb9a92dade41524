using Sim.Engine.Time;

namespace Sim.Engine.Resources;

/// <summary>
/// A repeating schedule of departures: fixed offsets within a period that repeats from time zero,
/// for example daily at 10:00 and 22:00 (period 24 h, offsets 10 h and 22 h), or weekly on
/// chosen days (period 7 days).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Timetable
{
    private readonly long[] _offsets;

    /// <summary>Creates a timetable.</summary>
    /// <param name="period">The length of one cycle; positive.</param>
    /// <param name="offsets">Departure offsets within a cycle, each in [0, period); at least one, no duplicates.</param>
    /// <exception cref="ArgumentOutOfRangeException">The period is not positive or an offset is outside the cycle.</exception>
    /// <exception cref="ArgumentException">No offsets, or duplicates.</exception>
    public Timetable(SimDuration period, IEnumerable<SimDuration> offsets)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(period.Ticks, nameof(period));
        ArgumentNullException.ThrowIfNull(offsets);
        _offsets = offsets.Select(o => o.Ticks).Order().ToArray();
        if (_offsets.Length == 0)
        {
            throw new ArgumentException("A timetable needs at least one departure.", nameof(offsets));
        }

        if (_offsets[0] < 0 || _offsets[^1] >= period.Ticks)
        {
            throw new ArgumentOutOfRangeException(nameof(offsets), "Every offset must lie in [0, period).");
        }

        if (_offsets.Distinct().Count() != _offsets.Length)
        {
            throw new ArgumentException("Departure offsets must be distinct.", nameof(offsets));
        }

        Period = period;
    }

    /// <summary>The length of one cycle.</summary>
    public SimDuration Period { get; }

    /// <summary>Departures every <paramref name="interval"/>, the first at <paramref name="first"/> (in [0, interval)).</summary>
    public static Timetable Every(SimDuration interval, SimDuration first) => new(interval, [first]);

    /// <summary>The first departure at or after <paramref name="time"/>.</summary>
    public SimTime NextAtOrAfter(SimTime time)
    {
        long period = Period.Ticks;
        long cycle = Math.DivRem(time.Ticks, period, out long within);
        if (within < 0)
        {
            cycle--;
            within += period;
        }

        foreach (long offset in _offsets)
        {
            if (offset >= within)
            {
                return new SimTime((cycle * period) + offset);
            }
        }

        return new SimTime(((cycle + 1) * period) + _offsets[0]);
    }
}
