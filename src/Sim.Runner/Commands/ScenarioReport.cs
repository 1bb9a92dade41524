using Sim.Models.Scenarios;

namespace Sim.Runner.Commands;

/// <summary>Prints what loading a scenario found, the same way for every verb that loads one.</summary>
internal static class ScenarioReport
{
    /// <summary>
    /// Writes every error as <c>file:line:column: field: reason</c> and a count line ending in
    /// <paramref name="suffix"/>, or, for a valid scenario, every warning as
    /// <c>file:line:column: warning: field: reason</c>.
    /// </summary>
    /// <returns>The scenario when it is valid, else null.</returns>
    public static Scenario? Write(ScenarioCheck check, string path, string suffix, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(check);
        foreach (ScenarioError e in check.Errors)
        {
            error.WriteLine(e.ToString());
        }

        if (check.Scenario is null)
        {
            error.WriteLine($"{check.Errors.Count} error(s) in {path}{suffix}.");
            return null;
        }

        foreach (ScenarioError w in check.Warnings)
        {
            error.WriteLine($"{w.File}:{w.Line}:{w.Column}: warning: {w.Field}: {w.Reason}");
        }

        return check.Scenario;
    }
}
