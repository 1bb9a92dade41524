namespace Sim.Runner.Studies;

/// <summary>
/// The layout of a sweep's output folder: <c>study.yaml</c> (the study file, copied), one complete
/// run folder per finished cell under <c>cells/ID/</c>, and the study-level files derived from them.
/// A cell folder is a result set (<see cref="Output.ResultSet"/>): it appears only when complete, so
/// after a kill every cell folder present is whole, and the next sweep cleans up the staging
/// leftovers when it writes that cell. Immutable.
/// </summary>
internal sealed class SweepFolder(string root)
{
    /// <summary>The copy of the study file inside the folder.</summary>
    public const string StudyFileName = "study.yaml";

    /// <summary>The sweep's output folder.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The folder holding the cells.</summary>
    public string CellsFolder => Path.Combine(Root, "cells");

    /// <summary>The copy of the study file.</summary>
    public string StudyFile => Path.Combine(Root, StudyFileName);

    /// <summary>The folder of the cell <paramref name="id"/>.</summary>
    public string CellFolder(string id) => Path.Combine(CellsFolder, id);

    /// <summary>True when the cell <paramref name="id"/> is complete.</summary>
    public bool HasCell(string id) => Directory.Exists(CellFolder(id));

    /// <summary>True when the folder holds nothing (or does not exist).</summary>
    public bool IsEmpty => !Directory.Exists(Root) || !Directory.EnumerateFileSystemEntries(Root).Any();
}
