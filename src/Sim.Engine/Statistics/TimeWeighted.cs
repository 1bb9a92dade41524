namespace Sim.Engine.Statistics;

/// <summary>
/// The time-weighted average of a piecewise-constant level (queue length, busy servers, stock on
/// hand) over simulation time: the integral of the level divided by the observed duration. Time is
/// a double in whatever unit the caller uses (hours, ticks); the statistics are in that unit.
/// </summary>
/// <remarks>
/// <para>The level set by <see cref="Update"/> holds until the next update; <see cref="Finish"/>
/// closes the last interval. Accumulators of separate runs merge by adding their integrals and
/// durations (the mean is weighted by duration), exactly up to floating-point rounding.</para>
/// <para>Updating does not allocate. Not thread-safe: one accumulator per replication.</para>
/// </remarks>
public sealed class TimeWeighted
{
    private double _area;
    private double _squaredArea;
    private double _mergedDuration;
    private double _startTime;

    /// <summary>Starts observing at <paramref name="startTime"/> with level <paramref name="initialLevel"/>.</summary>
    /// <param name="startTime">The time observation starts, finite.</param>
    /// <param name="initialLevel">The level from <paramref name="startTime"/> on, finite; 0 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is not finite.</exception>
    public TimeWeighted(double startTime, double initialLevel = 0)
    {
        CheckFinite(startTime, nameof(startTime));
        CheckFinite(initialLevel, nameof(initialLevel));
        _startTime = startTime;
        Time = startTime;
        Level = initialLevel;
        Min = initialLevel;
        Max = initialLevel;
    }

    /// <summary>The time of the last update (or of the start).</summary>
    public double Time { get; private set; }

    /// <summary>The current level.</summary>
    public double Level { get; private set; }

    /// <summary>The observed duration: from the start (or last <see cref="Reset"/>) to <see cref="Time"/>, plus the durations merged in.</summary>
    public double Duration => Time - _startTime + _mergedDuration;

    /// <summary>The integral of the level over the observed duration.</summary>
    public double Area => _area;

    /// <summary>The time-weighted mean level, <see cref="Area"/> / <see cref="Duration"/>; NaN when no time has passed.</summary>
    public double Mean => Duration > 0 ? _area / Duration : double.NaN;

    /// <summary>The time-weighted variance of the level about <see cref="Mean"/>; NaN when no time has passed.</summary>
    public double Variance => Duration > 0 ? Math.Max(0.0, (_squaredArea / Duration) - (Mean * Mean)) : double.NaN;

    /// <summary>The smallest level held (including the initial and the current level, and those merged in).</summary>
    public double Min { get; private set; }

    /// <summary>The largest level held (including the initial and the current level, and those merged in).</summary>
    public double Max { get; private set; }

    /// <summary>Records that the level changes to <paramref name="level"/> at <paramref name="time"/>.</summary>
    /// <param name="time">The time of the change: finite and not before <see cref="Time"/>.</param>
    /// <param name="level">The new level, finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is before <see cref="Time"/>, or an argument is not finite.</exception>
    public void Update(double time, double level)
    {
        Advance(time);
        CheckFinite(level, nameof(level));
        Level = level;
        if (level < Min)
        {
            Min = level;
        }

        if (level > Max)
        {
            Max = level;
        }
    }

    /// <summary>Closes the current interval at <paramref name="time"/> (the end of the run), keeping the level.</summary>
    /// <param name="time">The end time: finite and not before <see cref="Time"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is before <see cref="Time"/> or not finite.</exception>
    public void Finish(double time) => Advance(time);

    /// <summary>
    /// Adds the observed duration, integral, minimum and maximum of <paramref name="other"/> to this
    /// accumulator (the means combine weighted by duration); this accumulator's current time and
    /// level are unchanged and <paramref name="other"/> is unchanged. Call <see cref="Finish"/> on
    /// both first.
    /// </summary>
    /// <param name="other">The accumulator to merge in; may be this one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public void Merge(TimeWeighted other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var duration = other.Duration;
        var area = other._area;
        var squaredArea = other._squaredArea;
        _mergedDuration += duration;
        _area += area;
        _squaredArea += squaredArea;
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
    }

    /// <summary>
    /// Discards everything observed so far and starts again at <paramref name="time"/> with the
    /// current level (for example at the end of a warm-up period).
    /// </summary>
    /// <param name="time">The new start: finite and not before <see cref="Time"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is before <see cref="Time"/> or not finite.</exception>
    public void Reset(double time)
    {
        Advance(time);
        _startTime = time;
        _area = 0;
        _squaredArea = 0;
        _mergedDuration = 0;
        Min = Level;
        Max = Level;
    }

    private static void CheckFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite.");
        }
    }

    private void Advance(double time)
    {
        if (!(time >= Time) || double.IsPositiveInfinity(time))
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, $"Time must be finite and not before the last update at {Time}.");
        }

        var elapsed = time - Time;
        _area += Level * elapsed;
        _squaredArea += Level * Level * elapsed;
        Time = time;
    }
}
