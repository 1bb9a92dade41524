using System.Globalization;

namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// Reads an input file (a scenario, a table, an OR-Library file) whole, but only when it is a
/// regular file (not a folder, device, pipe or socket) of at most a given size, so that a hostile
/// path such as <c>/dev/zero</c> or a named pipe can neither exhaust memory nor hang. Problems come
/// back as a short reason that never quotes the file's content. Stateless and thread-safe.
/// </summary>
internal static class InputFile
{
    /// <summary>The problem reported for a path that names nothing.</summary>
    public const string Missing = "does not exist";

    /// <summary>Reads <paramref name="path"/> whole.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The largest size accepted.</param>
    /// <param name="problem">Why it could not be read (e.g. "is a folder, not a file"); null on success.</param>
    /// <returns>The bytes, or null with <paramref name="problem"/> set.</returns>
    public static byte[]? TryRead(string path, long maxBytes, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(path);
        problem = Check(path, maxBytes);
        if (problem is not null)
        {
            return null;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                // The size was checked, but a file can grow between the check and the read.
                if (buffer.Length + read > maxBytes)
                {
                    problem = TooLarge(maxBytes);
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (UnauthorizedAccessException)
        {
            problem = "cannot be read: permission denied";
        }
        catch (IOException exception)
        {
            problem = $"cannot be read: {exception.Message}";
        }

        return null;
    }

    /// <summary>"N MiB" or "N KiB", for size limits in messages.</summary>
    public static string Size(long bytes) => bytes >= 1 << 20
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1 << 20):0.#} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB");

    private static string? Check(string path, long maxBytes)
    {
        if (Directory.Exists(path))
        {
            return "is a folder, not a file";
        }

        if (!File.Exists(path))
        {
            return Missing;
        }

        if (FileSystemNativeMethods.IsRegularFile(path) == false)
        {
            return "is not a regular file (a device, pipe or socket); give a file";
        }

        try
        {
            return new FileInfo(path).Length > maxBytes ? TooLarge(maxBytes) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "cannot be read: permission denied";
        }
    }

    private static string TooLarge(long maxBytes) => $"is larger than the limit of {Size(maxBytes)}";
}
