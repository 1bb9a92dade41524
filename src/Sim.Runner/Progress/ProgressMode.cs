namespace Sim.Runner.Progress;

/// <summary>How <see cref="ProgressReporter"/> shows a long job's progress on standard error.</summary>
internal enum ProgressMode
{
    /// <summary>A live Spectre.Console progress bar (standard error is a terminal).</summary>
    Live,

    /// <summary>A plain line now and then (standard error is a file or a pipe: logs, batch jobs).</summary>
    Lines,

    /// <summary>Nothing (<c>--quiet</c>).</summary>
    Silent,
}
