using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// The one libc call the loader makes on Linux (glibc 2.28 or later): <c>statx(2)</c>, to tell a
/// regular file from a device, pipe or socket before opening it (opening a pipe can block for ever,
/// and a device such as <c>/dev/zero</c> never ends). .NET has no managed way to ask.
/// </summary>
internal static partial class FileSystemNativeMethods
{
    private const int CurrentDirectory = -100;     // AT_FDCWD
    private const uint TypeMask = 0x0001;          // STATX_TYPE
    private const int ModeOffset = 28;             // offsetof(struct statx, stx_mode), the same on every architecture
    private const int StatxSize = 256;             // sizeof(struct statx)
    private const int FileTypeBits = 0xF000;       // S_IFMT
    private const int RegularFileType = 0x8000;    // S_IFREG

    /// <summary>
    /// True when <paramref name="path"/> (following symbolic links) is a regular file, false when it
    /// is something else, null when the call is not available (not Linux) or fails.
    /// </summary>
    public static bool? IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[StatxSize];
        try
        {
            if (Statx(CurrentDirectory, path, 0, TypeMask, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        int mode = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(ModeOffset));
        return (mode & FileTypeBits) == RegularFileType;
    }

    [LibraryImport("libc.so.6", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);
}
