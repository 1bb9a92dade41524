using Sim.Models.Scenarios;

namespace Sim.Models.Planning.Plans;

/// <summary>Thrown by <see cref="PlanLoader.Load"/> when a plan has errors; carries every error found.</summary>
public sealed class PlanValidationException : Exception
{
    /// <summary>Creates the exception with its errors.</summary>
    /// <param name="errors">The errors, at least one.</param>
    public PlanValidationException(IReadOnlyList<ScenarioError> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with no errors (for serializers and tooling only).</summary>
    public PlanValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message and no errors (for tooling only).</summary>
    /// <param name="message">The message.</param>
    public PlanValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message, an inner exception and no errors (for tooling only).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PlanValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every error found, in file order.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<ScenarioError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 0
            ? "The plan is invalid."
            : $"The plan has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}";
    }
}
