namespace Sim.Models.Scenarios;

/// <summary>Thrown by <see cref="ScenarioLoader.Load"/> when a scenario has errors; carries every error found.</summary>
public sealed class ScenarioValidationException : Exception
{
    /// <summary>Creates the exception with its errors.</summary>
    /// <param name="errors">The errors, at least one.</param>
    public ScenarioValidationException(IReadOnlyList<ScenarioError> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with no errors (for serializers and tooling only).</summary>
    public ScenarioValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message and no errors (for tooling only).</summary>
    /// <param name="message">The message.</param>
    public ScenarioValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message, an inner exception and no errors (for tooling only).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ScenarioValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every error found, in file order where possible.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<ScenarioError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 0
            ? "The scenario is invalid."
            : $"The scenario has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}";
    }
}
