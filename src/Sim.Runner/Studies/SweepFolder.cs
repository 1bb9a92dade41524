namespace Sim.Runner.Studies;

/// <summary>
/// The layout of a sweep's output folder: <c>study.yaml</c> (the study file, copied), one complete
/// run folder per finished cell under <c>cells/ID/</c>, and the study-level files derived from them.
/// A cell folder appears only when complete: it is written under a hidden staging name and renamed
/// into place, so after a kill every cell folder present is whole, and the staging leftovers are
/// deleted by the next sweep. Not thread-safe for the same cell.
/// </summary>
internal sealed class SweepFolder(string root)
{
    /// <summary>The copy of the study file inside the folder.</summary>
    public const string StudyFileName = "study.yaml";

    private const string StagingPrefix = ".staging-";

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

    /// <summary>A new, empty staging folder for the cell <paramref name="id"/>.</summary>
    public string StageCell(string id)
    {
        string staging = Path.Combine(CellsFolder, $"{StagingPrefix}{id}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Moves a staged cell into place in one rename; the cell must not be complete already.</summary>
    public void CommitCell(string staging, string id) => Directory.Move(staging, CellFolder(id));

    /// <summary>Deletes the staging folders that killed sweeps left behind.</summary>
    public void DeleteLeftovers()
    {
        if (!Directory.Exists(CellsFolder))
        {
            return;
        }

        foreach (string staging in Directory.EnumerateDirectories(CellsFolder, StagingPrefix + "*"))
        {
            Directory.Delete(staging, recursive: true);
        }
    }
}
