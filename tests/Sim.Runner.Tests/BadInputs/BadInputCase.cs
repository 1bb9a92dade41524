namespace Sim.Runner.Tests.BadInputs;

/// <summary>
/// One case of the corpus in <c>tests/data/bad-inputs</c>: how to build its input files (a base
/// folder, then edits, whole files, generated hostile content, links, named pipes, folders), the
/// command line, the exit code expected and the texts its message must name (file:line, field,
/// reason) or must not show. <c>{dir}</c> in <see cref="Run"/> and <see cref="Names"/> stands for the
/// case's folder, <c>{orlib}</c> for <c>tests/data/orlib-cflp</c>.
/// </summary>
internal sealed class BadInputCase
{
    public string Name { get; set; } = "";

    public string Why { get; set; } = "";

    public string Base { get; set; } = "none";

    public List<BadInputEdit> Edit { get; set; } = [];

    public Dictionary<string, string> Files { get; set; } = [];

    public Dictionary<string, string> Generate { get; set; } = [];

    public Dictionary<string, string> Links { get; set; } = [];

    public List<string> Fifos { get; set; } = [];

    public List<string> Folders { get; set; } = [];

    public List<string> Run { get; set; } = [];

    public int Exit { get; set; } = 2;

    public List<string> Names { get; set; } = [];

    public List<string> Hides { get; set; } = [];
}
