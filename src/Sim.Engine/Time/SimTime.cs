using System.Globalization;

namespace Sim.Engine.Time;

/// <summary>
/// A point in simulated time: the microsecond ticks elapsed since the scenario start.
/// </summary>
/// <remarks>
/// The start of a run is <see cref="Zero"/>; a model decides what calendar instant that is.
/// Ticks are microseconds (see <see cref="SimDuration"/>), so arithmetic is exact and two events
/// scheduled for "the same" time compare equal on every machine. Times before the start are
/// representable but the simulator never schedules them. Immutable and thread-safe.
/// </remarks>
public readonly struct SimTime : IEquatable<SimTime>, IComparable<SimTime>
{
    /// <summary>Creates the time <paramref name="ticks"/> microseconds after the start.</summary>
    public SimTime(long ticks) => Ticks = ticks;

    /// <summary>The start of the run.</summary>
    public static SimTime Zero => default;

    /// <summary>The latest representable time, used as "never".</summary>
    public static SimTime MaxValue => new(long.MaxValue);

    /// <summary>Microseconds since the start.</summary>
    public long Ticks { get; }

    /// <summary>Seconds since the start.</summary>
    public double TotalSeconds => (double)Ticks / SimDuration.TicksPerSecond;

    /// <summary>Minutes since the start.</summary>
    public double TotalMinutes => (double)Ticks / SimDuration.TicksPerMinute;

    /// <summary>Hours since the start.</summary>
    public double TotalHours => (double)Ticks / SimDuration.TicksPerHour;

    /// <summary>Days of 24 hours since the start.</summary>
    public double TotalDays => (double)Ticks / SimDuration.TicksPerDay;

    /// <summary>The time elapsed since the start, as a duration.</summary>
    public SimDuration SinceStart => new(Ticks);

    /// <summary>The time <paramref name="hours"/> after the start, rounded to the microsecond.</summary>
    public static SimTime FromHours(double hours) => Zero + SimDuration.FromHours(hours);

    /// <summary>The time <paramref name="days"/> after the start, rounded to the microsecond.</summary>
    public static SimTime FromDays(double days) => Zero + SimDuration.FromDays(days);

    /// <summary>The time <paramref name="minutes"/> after the start, rounded to the microsecond.</summary>
    public static SimTime FromMinutes(double minutes) => Zero + SimDuration.FromMinutes(minutes);

    /// <summary>The time a duration later.</summary>
    public static SimTime operator +(SimTime time, SimDuration duration) => new(time.Ticks + duration.Ticks);

    /// <summary>The time a duration earlier.</summary>
    public static SimTime operator -(SimTime time, SimDuration duration) => new(time.Ticks - duration.Ticks);

    /// <summary>The duration from <paramref name="earlier"/> to <paramref name="later"/>.</summary>
    public static SimDuration operator -(SimTime later, SimTime earlier) => new(later.Ticks - earlier.Ticks);

    /// <summary>Whether two times are equal.</summary>
    public static bool operator ==(SimTime left, SimTime right) => left.Ticks == right.Ticks;

    /// <summary>Whether two times differ.</summary>
    public static bool operator !=(SimTime left, SimTime right) => left.Ticks != right.Ticks;

    /// <summary>Whether <paramref name="left"/> is earlier.</summary>
    public static bool operator <(SimTime left, SimTime right) => left.Ticks < right.Ticks;

    /// <summary>Whether <paramref name="left"/> is later.</summary>
    public static bool operator >(SimTime left, SimTime right) => left.Ticks > right.Ticks;

    /// <summary>Whether <paramref name="left"/> is earlier or equal.</summary>
    public static bool operator <=(SimTime left, SimTime right) => left.Ticks <= right.Ticks;

    /// <summary>Whether <paramref name="left"/> is later or equal.</summary>
    public static bool operator >=(SimTime left, SimTime right) => left.Ticks >= right.Ticks;

    /// <summary>The time a duration later (for languages without operators).</summary>
    public static SimTime Add(SimTime time, SimDuration duration) => time + duration;

    /// <summary>The duration between two times (for languages without operators).</summary>
    public static SimDuration Subtract(SimTime later, SimTime earlier) => later - earlier;

    /// <summary>The earlier of two times.</summary>
    public static SimTime Min(SimTime left, SimTime right) => left.Ticks <= right.Ticks ? left : right;

    /// <summary>The later of two times.</summary>
    public static SimTime Max(SimTime left, SimTime right) => left.Ticks >= right.Ticks ? left : right;

    /// <inheritdoc />
    public bool Equals(SimTime other) => Ticks == other.Ticks;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SimTime other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Ticks.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(SimTime other) => Ticks.CompareTo(other.Ticks);

    /// <summary>Hours since the start with invariant formatting, for example <c>t=12.25h</c>.</summary>
    public override string ToString() => "t=" + TotalHours.ToString("R", CultureInfo.InvariantCulture) + "h";
}
