namespace Sim.Runner.Output;

/// <summary>
/// A set of result files that replaces an output folder as a whole: a reader, or a kill at any
/// point, finds either the complete previous set or the complete new one, never a mix.
/// </summary>
/// <remarks>
/// <para><see cref="Begin"/> checks the folder before any work is done (so a simulation is never
/// lost to an unwritable folder), takes the folder's lock (a hidden <c>.NAME.lock</c> file beside
/// it, held while the set is open and deleted when it closes), cleans up after killed writers (<see cref="ResultLeftovers"/>)
/// and makes a staging folder beside the target. Files are written into the staging folder
/// (<see cref="Write"/>, or by external tools at <see cref="PathOf"/>) and flushed to disk;
/// <see cref="Commit"/> then swaps the staging folder into place (<see cref="DirectoryExchange"/>)
/// and deletes the previous set. Disposing without committing deletes the staging folder.</para>
/// <para>Every set holds <see cref="ResultOrigin.FileName"/>, which marks the folder as a result
/// folder and records what produced it: an existing folder is replaced only when it is empty, when
/// it holds a set of the same input (the same file, or the same content), or with
/// <see cref="ResultSetOptions.Force"/>; a folder holding anything else is never replaced.</para>
/// <para>Not thread-safe: one thread writes a set. Two processes writing the same folder at once:
/// the second fails at <see cref="Begin"/>.</para>
/// </remarks>
internal sealed class ResultSet : IDisposable
{
    // Files an earlier sim wrote before result folders carried an origin: such a folder may be replaced.
    private static readonly string[] LegacyFiles = ["kpis.csv", "kpis.json"];

    private readonly FileStream _lock;
    private readonly string _lockPath;
    private readonly string _parent;
    private readonly string _name;
    private readonly ResultSetOptions _options;
    private bool _committed;

    private ResultSet(FileStream folderLock, string lockPath, string folder, string staging, ResultSetOptions options)
    {
        _lock = folderLock;
        _lockPath = lockPath;
        Folder = folder;
        StagingFolder = staging;
        _parent = Path.GetDirectoryName(folder)!;
        _name = Path.GetFileName(folder);
        _options = options;
    }

    /// <summary>The full path of the output folder the set replaces.</summary>
    public string Folder { get; }

    /// <summary>The full path of the staging folder the files are written into until <see cref="Commit"/>.</summary>
    public string StagingFolder { get; }

    /// <summary>Checks <paramref name="folder"/>, locks it and opens a staging folder beside it.</summary>
    /// <param name="folder">The output folder, as the user gave it; created on commit when missing.</param>
    /// <param name="origin">What produces the set; written into it as <see cref="ResultOrigin.FileName"/>.</param>
    /// <param name="options">Whether to replace another input's results, and the test pause.</param>
    /// <returns>The open set; dispose it.</returns>
    /// <exception cref="OutputFolderException">The folder cannot take the set (bad input): nothing was written.</exception>
    /// <exception cref="IOException">Another process is writing a set into the same folder.</exception>
    public static ResultSet Begin(string folder, ResultOrigin origin, ResultSetOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(options);
        string full = OutputFolderCheck.Resolve(folder);
        string parent = Path.GetDirectoryName(full)!;
        string name = Path.GetFileName(full);
        OutputFolderCheck.CreateParent(folder, parent);
        string lockPath = Path.Combine(parent, $".{name}.lock");
        FileStream folderLock = OutputFolderCheck.Lock(folder, lockPath);
        try
        {
            ResultLeftovers.Clean(parent, name);
            CheckReplaceable(folder, full, origin, options.Force);
            string staging = Path.Combine(parent, ResultLeftovers.StagingPrefix(name) + ResultLeftovers.NewToken());
            OutputFolderCheck.CreateStaging(folder, staging);
            var set = new ResultSet(folderLock, lockPath, full, staging, options);
            set.Write(ResultOrigin.FileName, origin.WriteTo);
            return set;
        }
        catch
        {
            OutputFolderCheck.Unlock(folderLock, lockPath);
            throw;
        }
    }

    /// <summary>Writes one file of the set and flushes it to disk.</summary>
    /// <param name="fileName">A relative path inside the set, such as <c>kpis.csv</c> or <c>charts/cost.svg</c>.</param>
    /// <param name="write">Writes the whole content to the stream it is given.</param>
    /// <exception cref="InvalidOperationException">The set was committed already.</exception>
    public void Write(string fileName, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        string path = PathOf(fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            write(stream);
            stream.Flush(flushToDisk: true);
        }

        Pause();
    }

    /// <summary>Writes one text file of the set as UTF-8 without a byte-order mark.</summary>
    /// <param name="fileName">A relative path inside the set.</param>
    /// <param name="text">The content.</param>
    public void WriteAllText(string fileName, string text) =>
        Write(fileName, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            writer.Write(text);
        });

    /// <summary>
    /// Where <paramref name="fileName"/> is staged, for tools that write files themselves (gnuplot);
    /// its folder may not exist yet.
    /// </summary>
    /// <param name="fileName">A relative path inside the set, without <c>..</c> parts.</param>
    /// <returns>The full path inside <see cref="StagingFolder"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is rooted or leaves the set.</exception>
    /// <exception cref="InvalidOperationException">The set was committed already.</exception>
    public string PathOf(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ObjectDisposedException.ThrowIf(_committed, this);
        string path = Path.GetFullPath(Path.Combine(StagingFolder, fileName));
        if (Path.IsPathRooted(fileName) || !path.StartsWith(StagingFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{fileName}' is not a path inside the result set.", nameof(fileName));
        }

        return path;
    }

    /// <summary>Puts the set in place of the output folder in one step and deletes the previous set.</summary>
    /// <exception cref="InvalidOperationException">The set was committed already.</exception>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        Pause();
        string parked = Path.Combine(_parent, ResultLeftovers.ParkedPrefix(_name) + ResultLeftovers.NewToken());
        string? previous = DirectoryExchange.Replace(StagingFolder, Folder, parked, Pause, tryExchange: true);
        _committed = true;
        Pause();
        if (previous is not null)
        {
            Directory.Delete(previous, recursive: true);
        }
    }

    /// <summary>Deletes the staging folder unless the set was committed, and releases the folder's lock.</summary>
    public void Dispose()
    {
        try
        {
            if (!_committed && Directory.Exists(StagingFolder))
            {
                Directory.Delete(StagingFolder, recursive: true);
            }
        }
        finally
        {
            OutputFolderCheck.Unlock(_lock, _lockPath);
        }
    }

    private static void CheckReplaceable(string given, string full, ResultOrigin origin, bool force)
    {
        if (!Directory.Exists(full) || !Directory.EnumerateFileSystemEntries(full).Any())
        {
            return;
        }

        ResultOrigin? previous = ResultOrigin.TryRead(full);
        if (previous is null)
        {
            if (Directory.EnumerateFileSystemEntries(full).All(e => IsLegacyFile(e) && File.Exists(e)))
            {
                return;
            }

            throw new OutputFolderException(
                $"output folder '{given}' already holds files that are not a sim result set (no {ResultOrigin.FileName}); " +
                "sim replaces only its own result folders: choose a new or empty folder with -o");
        }

        if (!force && !origin.MayReplace(previous))
        {
            throw new OutputFolderException(
                $"output folder '{given}' holds the results of a different input, '{previous.File}' (its content differs from '{origin.File}'); " +
                "choose another folder with -o, or pass --force to replace them");
        }
    }

    // kpis.csv and kpis.json, and the ".kpis.csv.<pid>.tmp" files that killed runs of that sim left.
    private static bool IsLegacyFile(string path)
    {
        string name = Path.GetFileName(path);
        return LegacyFiles.Contains(name)
            || LegacyFiles.Any(f => name.StartsWith($".{f}.", StringComparison.Ordinal) && name.EndsWith(".tmp", StringComparison.Ordinal));
    }

    private void Pause()
    {
        if (_options.Pause > TimeSpan.Zero)
        {
            Thread.Sleep(_options.Pause);
        }
    }
}
