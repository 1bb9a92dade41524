using System.Globalization;

namespace Sim.Engine.Time;

/// <summary>
/// A length of simulated time, stored as a whole number of microsecond ticks.
/// </summary>
/// <remarks>
/// Integer ticks make sums of durations exact and event ties reproducible on every machine,
/// which floating-point hours would not. One tick is one microsecond, so the range is about
/// ±292,000 years and a duration built from a double is rounded to the nearest microsecond.
/// Durations may be negative (the difference of two times). This type is immutable and
/// thread-safe.
/// </remarks>
public readonly struct SimDuration : IEquatable<SimDuration>, IComparable<SimDuration>
{
    /// <summary>Ticks in one second.</summary>
    public const long TicksPerSecond = 1_000_000;

    /// <summary>Ticks in one minute.</summary>
    public const long TicksPerMinute = 60 * TicksPerSecond;

    /// <summary>Ticks in one hour.</summary>
    public const long TicksPerHour = 60 * TicksPerMinute;

    /// <summary>Ticks in one day of 24 hours.</summary>
    public const long TicksPerDay = 24 * TicksPerHour;

    /// <summary>Creates a duration of the given number of microsecond ticks.</summary>
    /// <param name="ticks">The length in microseconds; may be negative.</param>
    public SimDuration(long ticks) => Ticks = ticks;

    /// <summary>The zero-length duration.</summary>
    public static SimDuration Zero => default;

    /// <summary>The longest representable duration.</summary>
    public static SimDuration MaxValue => new(long.MaxValue);

    /// <summary>The length in microsecond ticks.</summary>
    public long Ticks { get; }

    /// <summary>The length in seconds.</summary>
    public double TotalSeconds => (double)Ticks / TicksPerSecond;

    /// <summary>The length in minutes.</summary>
    public double TotalMinutes => (double)Ticks / TicksPerMinute;

    /// <summary>The length in hours.</summary>
    public double TotalHours => (double)Ticks / TicksPerHour;

    /// <summary>The length in days of 24 hours.</summary>
    public double TotalDays => (double)Ticks / TicksPerDay;

    /// <summary>A duration of <paramref name="seconds"/> seconds, rounded to the nearest microsecond.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or does not fit.</exception>
    public static SimDuration FromSeconds(double seconds) => FromUnits(seconds, TicksPerSecond);

    /// <summary>A duration of <paramref name="minutes"/> minutes, rounded to the nearest microsecond.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or does not fit.</exception>
    public static SimDuration FromMinutes(double minutes) => FromUnits(minutes, TicksPerMinute);

    /// <summary>A duration of <paramref name="hours"/> hours, rounded to the nearest microsecond.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or does not fit.</exception>
    public static SimDuration FromHours(double hours) => FromUnits(hours, TicksPerHour);

    /// <summary>A duration of <paramref name="days"/> days of 24 hours, rounded to the nearest microsecond.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or does not fit.</exception>
    public static SimDuration FromDays(double days) => FromUnits(days, TicksPerDay);

    /// <summary>The sum of two durations.</summary>
    public static SimDuration operator +(SimDuration left, SimDuration right) => new(left.Ticks + right.Ticks);

    /// <summary>The difference of two durations.</summary>
    public static SimDuration operator -(SimDuration left, SimDuration right) => new(left.Ticks - right.Ticks);

    /// <summary>The negated duration.</summary>
    public static SimDuration operator -(SimDuration value) => new(-value.Ticks);

    /// <summary>The duration scaled by a whole factor.</summary>
    public static SimDuration operator *(SimDuration value, long factor) => new(value.Ticks * factor);

    /// <summary>Whether two durations are equal.</summary>
    public static bool operator ==(SimDuration left, SimDuration right) => left.Ticks == right.Ticks;

    /// <summary>Whether two durations differ.</summary>
    public static bool operator !=(SimDuration left, SimDuration right) => left.Ticks != right.Ticks;

    /// <summary>Whether <paramref name="left"/> is shorter.</summary>
    public static bool operator <(SimDuration left, SimDuration right) => left.Ticks < right.Ticks;

    /// <summary>Whether <paramref name="left"/> is longer.</summary>
    public static bool operator >(SimDuration left, SimDuration right) => left.Ticks > right.Ticks;

    /// <summary>Whether <paramref name="left"/> is shorter or equal.</summary>
    public static bool operator <=(SimDuration left, SimDuration right) => left.Ticks <= right.Ticks;

    /// <summary>Whether <paramref name="left"/> is longer or equal.</summary>
    public static bool operator >=(SimDuration left, SimDuration right) => left.Ticks >= right.Ticks;

    /// <summary>The sum of two durations (for languages without operators).</summary>
    public static SimDuration Add(SimDuration left, SimDuration right) => left + right;

    /// <summary>The difference of two durations (for languages without operators).</summary>
    public static SimDuration Subtract(SimDuration left, SimDuration right) => left - right;

    /// <summary>The negated duration (for languages without operators).</summary>
    public static SimDuration Negate(SimDuration value) => -value;

    /// <summary>The duration scaled by a whole factor (for languages without operators).</summary>
    public static SimDuration Multiply(SimDuration value, long factor) => value * factor;

    /// <inheritdoc />
    public bool Equals(SimDuration other) => Ticks == other.Ticks;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SimDuration other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Ticks.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(SimDuration other) => Ticks.CompareTo(other.Ticks);

    /// <summary>The length in hours with invariant formatting, for example <c>1.5h</c>.</summary>
    public override string ToString() => TotalHours.ToString("R", CultureInfo.InvariantCulture) + "h";

    private static SimDuration FromUnits(double value, long ticksPerUnit)
    {
        double ticks = Math.Round(value * ticksPerUnit);
        if (!double.IsFinite(ticks) || ticks >= long.MaxValue || ticks <= long.MinValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The duration is not finite or does not fit in 64-bit microsecond ticks.");
        }

        return new SimDuration((long)ticks);
    }
}
