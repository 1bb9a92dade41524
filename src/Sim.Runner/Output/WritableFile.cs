namespace Sim.Runner.Output;

/// <summary>
/// Checks, before any work, that a single output file (such as <c>--write-lp</c>) can be written:
/// the path is not a folder, no part of it is a file, and its folder accepts a new file.
/// Stateless and thread-safe.
/// </summary>
internal static class WritableFile
{
    /// <summary>What prevents writing <paramref name="path"/>, or null when it can be written.</summary>
    /// <param name="path">The file as the user gave it.</param>
    public static string? Problem(string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or PathTooLongException or NotSupportedException)
        {
            return $"'{path}' is not a valid path";
        }

        if (Directory.Exists(full))
        {
            return $"'{path}' is a folder; give a file name";
        }

        string folder = Path.GetDirectoryName(full)!;
        for (string? ancestor = folder; ancestor is not null; ancestor = Path.GetDirectoryName(ancestor))
        {
            if (File.Exists(ancestor))
            {
                return $"'{path}' cannot be written: '{ancestor}' is a file, not a folder";
            }
        }

        try
        {
            Directory.CreateDirectory(folder);
            using (new FileStream(Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.probe"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"'{path}' cannot be written: {(exception is UnauthorizedAccessException ? "permission denied" : exception.Message)}";
        }
    }
}
