namespace Sim.Models.Scenarios;

/// <summary>
/// Everything <see cref="ScenarioLoader.Check(string)"/> found: the scenario when it is valid, every error
/// (then the scenario is null), and warnings about a valid scenario that will run but may not do what
/// was meant (a capacity below the demand expected through it). Immutable.
/// </summary>
public sealed record ScenarioCheck
{
    /// <summary>The scenario; null when <see cref="Errors"/> is not empty.</summary>
    public Scenario? Scenario { get; init; }

    /// <summary>Every error found, in the order found (YAML before the tables it names).</summary>
    public required IReadOnlyList<ScenarioError> Errors { get; init; }

    /// <summary>Warnings, each with its file, line and field; only checked when there are no errors.</summary>
    public required IReadOnlyList<ScenarioError> Warnings { get; init; }
}
