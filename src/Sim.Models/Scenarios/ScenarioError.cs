namespace Sim.Models.Scenarios;

/// <summary>
/// One problem found in a scenario: where it is (<see cref="File"/>, 1-based <see cref="Line"/> and
/// <see cref="Column"/>; 0 when unknown), which field (a dotted path such as
/// <c>modes[postal].legs[linehaul].loss_probability</c>, or a CSV column name) and why. Immutable.
/// </summary>
public sealed record ScenarioError
{
    /// <summary>Path of the YAML or CSV file, as given to the loader (or resolved from the YAML).</summary>
    public required string File { get; init; }

    /// <summary>1-based line (CSV: row, header = 1); 0 when the position is unknown.</summary>
    public required int Line { get; init; }

    /// <summary>1-based column (CSV: 1-based column index); 0 when unknown.</summary>
    public required int Column { get; init; }

    /// <summary>The field's dotted path (YAML) or column name (CSV); empty for whole-file problems.</summary>
    public required string Field { get; init; }

    /// <summary>What is wrong, and what would be right.</summary>
    public required string Reason { get; init; }

    /// <summary>The error as <c>file:line:column: field: reason</c>, the form compilers use.</summary>
    /// <returns>One line of text.</returns>
    public override string ToString() => $"{File}:{Line}:{Column}: {Field}: {Reason}";
}
