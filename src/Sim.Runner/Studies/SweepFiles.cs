using Sim.Runner.Output;

namespace Sim.Runner.Studies;

/// <summary>
/// Writes the single files at the top of a sweep folder (the study copy, the manifest, the
/// study-level tables and charts), each atomically: written under a hidden temporary name, flushed,
/// then renamed over the old one. They are all derived from the cell folders, so a kill between two
/// of them leaves a mix that the next <c>--resume</c> (or merge) rewrites; a temporary file left by a
/// kill is deleted by <see cref="DeleteLeftovers"/>. Stateless and thread-safe (for different files).
/// </summary>
internal static class SweepFiles
{
    private const string TemporaryMarker = ".sim-tmp-";

    /// <summary>Writes <paramref name="name"/> (a path relative to <paramref name="folder"/>) through <paramref name="write"/>.</summary>
    public static void Write(string folder, string name, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        string target = Path.Combine(folder, name);
        string directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        string temporary = Path.Combine(directory, $".{Path.GetFileName(target)}{TemporaryMarker}{ResultLeftovers.NewToken()}");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Deletes the temporary files killed writers left in <paramref name="folder"/> and its subfolders other than cells.</summary>
    public static void DeleteLeftovers(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (string file in Directory.EnumerateFiles(folder, $".*{TemporaryMarker}*", SearchOption.TopDirectoryOnly))
        {
            File.Delete(file);
        }

        string charts = Path.Combine(folder, "charts");
        if (Directory.Exists(charts))
        {
            DeleteLeftovers(charts);
        }
    }
}
