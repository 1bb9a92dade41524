namespace Sim.Runner.Output;

/// <summary>How a <see cref="ResultSet"/> treats an existing folder, and a pause for tests. Immutable.</summary>
internal sealed record ResultSetOptions
{
    /// <summary>
    /// The environment variable that sets <see cref="Pause"/> in milliseconds: a test hook that
    /// slows the writer down so that a test can kill it between any two steps.
    /// </summary>
    public const string PauseVariable = "SIM_TEST_RESULT_PAUSE_MS";

    /// <summary>Replace a result set produced by a different input (<c>--force</c>); default false.</summary>
    public bool Force { get; init; }

    /// <summary>Sleep after every step of writing and committing; zero (the default) in normal use.</summary>
    public TimeSpan Pause { get; init; }

    /// <summary>Options with <see cref="Force"/> as given and <see cref="Pause"/> from <see cref="PauseVariable"/>.</summary>
    /// <param name="force">Whether <c>--force</c> was given.</param>
    public static ResultSetOptions FromEnvironment(bool force)
    {
        string? pause = Environment.GetEnvironmentVariable(PauseVariable);
        int milliseconds = int.TryParse(pause, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int ms) ? ms : 0;
        return new ResultSetOptions { Force = force, Pause = TimeSpan.FromMilliseconds(milliseconds) };
    }
}
