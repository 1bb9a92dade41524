using System.Runtime.InteropServices;

namespace Sim.Runner.Output;

/// <summary>
/// The libc calls the result writer uses on Linux (glibc 2.28 or later). Callers treat
/// <see cref="DllNotFoundException"/> and <see cref="EntryPointNotFoundException"/> as "not
/// available" and fall back to portable code.
/// </summary>
internal static partial class LinuxNativeMethods
{
    /// <summary><c>AT_FDCWD</c>: paths are relative to the current directory.</summary>
    public const int CurrentDirectory = -100;

    /// <summary><c>RENAME_EXCHANGE</c>: swap the two paths atomically; both must exist.</summary>
    public const uint RenameExchange = 2;

    /// <summary><c>renameat2(2)</c>; returns 0 on success, -1 with errno set otherwise.</summary>
    [LibraryImport("libc.so.6", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
