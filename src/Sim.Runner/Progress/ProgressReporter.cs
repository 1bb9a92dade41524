using Spectre.Console;

namespace Sim.Runner.Progress;

/// <summary>
/// Shows the progress of a long job (replications, sweep cells) on standard error: a live
/// Spectre.Console bar with the count, rate and time left when standard error is a terminal, plain
/// periodic lines when it is a file or pipe, nothing with <c>--quiet</c>. The job calls the
/// <c>advance</c> action it is given once per finished step, from any thread. Standard output is
/// never touched, so results printed there stay clean. Immutable; each <see cref="Run{T}(string, int, string, Func{Action, T})"/> call shows
/// one job.
/// </summary>
internal sealed class ProgressReporter
{
    /// <summary>The least time between two plain progress lines.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(5);

    private readonly TextWriter _error;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;

    /// <summary>Creates a reporter.</summary>
    /// <param name="mode">How to show progress.</param>
    /// <param name="error">Standard error (or a test's writer).</param>
    /// <param name="time">The clock for rates and intervals.</param>
    /// <param name="interval">The least time between two plain lines.</param>
    public ProgressReporter(ProgressMode mode, TextWriter error, TimeProvider time, TimeSpan interval)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(time);
        Mode = mode;
        _error = error;
        _time = time;
        _interval = interval;
    }

    /// <summary>How progress is shown.</summary>
    public ProgressMode Mode { get; }

    /// <summary>
    /// A reporter on <paramref name="error"/> (a verb's standard error): live when it is the process's
    /// standard error and that is a terminal, plain lines otherwise, silent when <paramref name="quiet"/>.
    /// </summary>
    /// <param name="error">Where progress goes, usually <c>parseResult.InvocationConfiguration.Error</c>.</param>
    /// <param name="quiet">Whether <c>--quiet</c> was given.</param>
    public static ProgressReporter For(TextWriter error, bool quiet)
    {
        ArgumentNullException.ThrowIfNull(error);
        bool terminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        ProgressMode mode = quiet ? ProgressMode.Silent : terminal ? ProgressMode.Live : ProgressMode.Lines;
        return new ProgressReporter(mode, error, TimeProvider.System, DefaultInterval);
    }

    /// <summary>A reporter that shows nothing.</summary>
    public static ProgressReporter Silent() => new(ProgressMode.Silent, TextWriter.Null, TimeProvider.System, DefaultInterval);

    /// <summary>Runs <paramref name="work"/> while showing its progress.</summary>
    /// <typeparam name="T">What the job returns.</typeparam>
    /// <param name="label">What the job is, e.g. <c>run baseline</c>.</param>
    /// <param name="total">How many steps it has, at least 1.</param>
    /// <param name="unit">What a step is, plural, e.g. <c>replications</c>.</param>
    /// <param name="work">The job; it calls the action it is given once per finished step (thread-safe).</param>
    /// <returns>What <paramref name="work"/> returned.</returns>
    public T Run<T>(string label, int total, string unit, Func<Action, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Run(label, total, unit, (advance, _) => work(advance));
    }

    /// <summary>
    /// Runs <paramref name="work"/> while showing its progress; the job may also rename itself as it
    /// goes (a sweep shows its finished cells: <c>sweep grid: 3/20 cells</c>). Plain lines keep the
    /// first label (the job writes its own lines for such milestones).
    /// </summary>
    /// <typeparam name="T">What the job returns.</typeparam>
    /// <param name="label">What the job is, e.g. <c>sweep grid: 0/20 cells</c>.</param>
    /// <param name="total">How many steps it has, at least 1.</param>
    /// <param name="unit">What a step is, plural, e.g. <c>replications</c>.</param>
    /// <param name="work">The job; it calls the first action once per finished step and the second with a new label (both thread-safe).</param>
    /// <returns>What <paramref name="work"/> returned.</returns>
    public T Run<T>(string label, int total, string unit, Func<Action, Action<string>, T> work)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentOutOfRangeException.ThrowIfLessThan(total, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        ArgumentNullException.ThrowIfNull(work);
        switch (Mode)
        {
            case ProgressMode.Live:
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_error) });
                return console.Progress()
                    .AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new CountColumn(unit), new RemainingTimeColumn())
                    .Start(context =>
                    {
                        ProgressTask task = context.AddTask(Markup.Escape(label), maxValue: total);
                        return work(() => task.Increment(1), text => task.Description = Markup.Escape(text));
                    });
            case ProgressMode.Lines:
                var lines = new LineProgress(_error, _time, _interval, label, total, unit);
                T result = work(lines.Advance, _ => { });
                lines.Finish();
                return result;
            default:
                return work(() => { }, _ => { });
        }
    }
}
