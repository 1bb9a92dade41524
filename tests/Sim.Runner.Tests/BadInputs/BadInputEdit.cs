namespace Sim.Runner.Tests.BadInputs;

/// <summary>A text replacement in one file of a case's base folder; <see cref="Find"/> must occur.</summary>
internal sealed class BadInputEdit
{
    public string File { get; set; } = "scenario.yaml";

    public string Find { get; set; } = "";

    public string Replace { get; set; } = "";
}
