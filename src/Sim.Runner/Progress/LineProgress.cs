using System.Globalization;

namespace Sim.Runner.Progress;

/// <summary>
/// Progress as plain lines for logs: at most one line per interval while the job runs
/// (<c>run baseline: 4/10 replications, 2.1/s, about 3 s left</c>) and, when at least one such line
/// was written, a last one at the end. Short jobs print nothing. Thread-safe.
/// </summary>
internal sealed class LineProgress
{
    private readonly Lock _gate = new();
    private readonly TextWriter _error;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly string _label;
    private readonly int _total;
    private readonly string _unit;
    private readonly long _started;
    private long _lastLine;
    private int _done;
    private bool _printed;

    /// <summary>Starts counting now.</summary>
    /// <param name="error">Where the lines go.</param>
    /// <param name="time">The clock.</param>
    /// <param name="interval">The least time between two lines.</param>
    /// <param name="label">What the job is, e.g. <c>run baseline</c>.</param>
    /// <param name="total">How many steps the job has, at least 1.</param>
    /// <param name="unit">What a step is, plural.</param>
    public LineProgress(TextWriter error, TimeProvider time, TimeSpan interval, string label, int total, string unit)
    {
        _error = error;
        _time = time;
        _interval = interval;
        _label = label;
        _total = total;
        _unit = unit;
        _started = time.GetTimestamp();
        _lastLine = _started;
    }

    /// <summary>Counts one step done; writes a line when the interval has passed since the last.</summary>
    public void Advance()
    {
        lock (_gate)
        {
            _done++;
            long now = _time.GetTimestamp();
            if (_done < _total && _time.GetElapsedTime(_lastLine, now) >= _interval && now > _started)
            {
                _lastLine = now;
                _printed = true;
                double seconds = _time.GetElapsedTime(_started, now).TotalSeconds;
                double rate = _done / seconds;
                _error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{_label}: {_done}/{_total} {_unit}, {rate:0.0}/s, about {Durations.Describe(TimeSpan.FromSeconds((_total - _done) / rate))} left"));
            }
        }
    }

    /// <summary>Writes the closing line if any line was written.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_printed)
            {
                TimeSpan elapsed = _time.GetElapsedTime(_started);
                _error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_label}: {_done}/{_total} {_unit} in {Durations.Describe(elapsed)}"));
            }
        }
    }
}
