namespace Sim.Runner.Output;

/// <summary>
/// The checks <see cref="ResultSet.Begin"/> makes before anything is computed, each turning a
/// file-system failure into an <see cref="OutputFolderException"/> that names the folder as the
/// user gave it and says what is wrong (a file in the way, no permission, a read-only place).
/// </summary>
internal static class OutputFolderCheck
{
    /// <summary>The full path of <paramref name="folder"/>, which must not be a file or the root.</summary>
    public static string Resolve(string folder)
    {
        string full;
        try
        {
            full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        }
        catch (Exception exception) when (exception is ArgumentException or PathTooLongException or NotSupportedException)
        {
            throw new OutputFolderException($"output folder '{folder}' is not a valid path: {exception.Message}", exception);
        }

        if (Path.GetDirectoryName(full) is null)
        {
            throw new OutputFolderException($"output folder '{folder}' is the root of the file system; choose a folder under it");
        }

        if (File.Exists(full))
        {
            throw new OutputFolderException($"output folder '{folder}' is a file, not a folder");
        }

        string current = Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory);
        if (current == full || current.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new OutputFolderException($"output folder '{folder}' is the current folder or holds it; choose a folder inside it");
        }

        return full;
    }

    /// <summary>Creates the folder that will hold the output folder.</summary>
    public static void CreateParent(string folder, string parent)
    {
        try
        {
            Directory.CreateDirectory(parent);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException($"output folder '{folder}' cannot be created: {Why(parent, exception)}", exception);
        }
    }

    /// <summary>Takes the output folder's lock, held while a set is open; proves the place is writable.</summary>
    /// <exception cref="IOException">Another process holds the lock.</exception>
    public static FileStream Lock(string folder, string lockPath)
    {
        while (true)
        {
            FileStream held = TryLock(folder, lockPath);

            // The owner deletes the file when it is done: a lock taken on a file already deleted
            // guards nothing, so take it again on the file now at the path.
            if (File.Exists(lockPath))
            {
                return held;
            }

            held.Dispose();
        }
    }

    /// <summary>Deletes the lock file, then releases the lock (in that order, see <see cref="Lock"/>).</summary>
    public static void Unlock(FileStream held, string lockPath)
    {
        try
        {
            File.Delete(lockPath);
        }
        finally
        {
            held.Dispose();
        }
    }

    private static FileStream TryLock(string folder, string lockPath)
    {
        bool existed = File.Exists(lockPath);
        try
        {
            // FileShare.None takes an exclusive advisory lock (flock) on Unix; a killed owner releases it.
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception) when (existed && File.Exists(lockPath))
        {
            throw new IOException($"another sim process is writing results to '{folder}' (it holds {lockPath}); wait for it to finish", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException($"output folder '{folder}' cannot be written: {Why(Path.GetDirectoryName(lockPath)!, exception)}", exception);
        }
    }

    /// <summary>Creates the staging folder beside the output folder.</summary>
    public static void CreateStaging(string folder, string staging)
    {
        try
        {
            Directory.CreateDirectory(staging);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException($"output folder '{folder}' cannot be written: {Why(Path.GetDirectoryName(staging)!, exception)}", exception);
        }
    }

    // Names the file that blocks a path when there is one; otherwise the system's own reason.
    private static string Why(string path, Exception exception)
    {
        for (string? ancestor = path; ancestor is not null; ancestor = Path.GetDirectoryName(ancestor))
        {
            if (File.Exists(ancestor))
            {
                return $"'{ancestor}' is a file, not a folder";
            }
        }

        return exception is UnauthorizedAccessException ? $"permission denied in '{path}'" : exception.Message;
    }
}
